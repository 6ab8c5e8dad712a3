using NodaTime;

namespace StudentPortfolio.Workflow;

/// <summary>
/// A receipt confirmation a student who has left returned on paper by mail, as recorded by the registrar
/// (松山商家學生學習歷程檔案作業補充規定 七(三)3).
/// </summary>
/// <param name="Answer">The student's answer (correct, or incorrect with the reason written on the form); <see cref="ReceiptAnswer.AnsweredBy"/> is the registrar's account.</param>
/// <param name="DateReceived">The date the school received the mail.</param>
/// <param name="Reference">The school's reference for the letter (收文文號 or registered-mail number).</param>
/// <param name="OnBehalfOf">The holder of the registrar's work when a proxy recorded it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PaperConfirmation(ReceiptAnswer Answer, LocalDate DateReceived, string Reference, string? OnBehalfOf);
