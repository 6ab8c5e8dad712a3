using System.Text.Json;

namespace StudentPortfolio.Bulk;

/// <summary>Maps a property name token to a <see cref="KnownProperty"/> with one length switch and at most a few byte comparisons.</summary>
internal static class KnownProperties
{
    public static KnownProperty Of(ref Utf8JsonReader reader, ref byte[] scratch)
    {
        ReadOnlySpan<byte> name;
        if (!reader.ValueIsEscaped)
        {
            name = reader.ValueSpan;
        }
        else
        {
            if (scratch.Length < reader.ValueSpan.Length)
            {
                scratch = new byte[reader.ValueSpan.Length];
            }

            name = scratch.AsSpan(0, reader.CopyString(scratch));
        }

        return Of(name);
    }

    public static KnownProperty Of(ReadOnlySpan<byte> name) => name.Length switch
    {
            2 => name.SequenceEqual("id"u8) ? KnownProperty.Id : KnownProperty.Other,
            4 => name.SequenceEqual("name"u8) ? KnownProperty.Name : name.SequenceEqual("kind"u8) ? KnownProperty.Kind : name.SequenceEqual("term"u8) ? KnownProperty.Term : name.SequenceEqual("date"u8) ? KnownProperty.Date : name.SequenceEqual("link"u8) ? KnownProperty.Link : KnownProperty.Other,
            5 => name.SequenceEqual("title"u8) ? KnownProperty.Title : name.SequenceEqual("grade"u8) ? KnownProperty.Grade : name.SequenceEqual("files"u8) ? KnownProperty.Files : KnownProperty.Other,
            6 => name.SequenceEqual("status"u8) ? KnownProperty.Status : name.SequenceEqual("school"u8) ? KnownProperty.School : name.SequenceEqual("cadres"u8) ? KnownProperty.Cadres : name.SequenceEqual("origin"u8) ? KnownProperty.Origin : KnownProperty.Other,
            7 => name.SequenceEqual("courses"u8) ? KnownProperty.Courses : name.SequenceEqual("details"u8) ? KnownProperty.Details : name.SequenceEqual("endDate"u8) ? KnownProperty.EndDate : KnownProperty.Other,
            8 => name.SequenceEqual("outcomes"u8) ? KnownProperty.Outcomes : name.SequenceEqual("selected"u8) ? KnownProperty.Selected : name.SequenceEqual("category"u8) ? KnownProperty.Category : name.SequenceEqual("fileName"u8) ? KnownProperty.FileName : KnownProperty.Other,
            9 => name.SequenceEqual("birthDate"u8) ? KnownProperty.BirthDate : name.SequenceEqual("decidedAt"u8) ? KnownProperty.DecidedAt : name.SequenceEqual("programme"u8) ? KnownProperty.Programme : name.SequenceEqual("mediaType"u8) ? KnownProperty.MediaType : name.SequenceEqual("sizeBytes"u8) ? KnownProperty.SizeBytes : name.SequenceEqual("startDate"u8) ? KnownProperty.StartDate : KnownProperty.Other,
            10 => name.SequenceEqual("nationalId"u8) ? KnownProperty.NationalId : name.SequenceEqual("enrollment"u8) ? KnownProperty.Enrollment : name.SequenceEqual("courseCode"u8) ? KnownProperty.CourseCode : name.SequenceEqual("resultDate"u8) ? KnownProperty.ResultDate : name.SequenceEqual("obtainedOn"u8) ? KnownProperty.ObtainedOn : KnownProperty.Other,
            11 => name.SequenceEqual("description"u8) ? KnownProperty.Description : name.SequenceEqual("contentHash"u8) ? KnownProperty.ContentHash : KnownProperty.Other,
            12 => name.SequenceEqual("performances"u8) ? KnownProperty.Performances : KnownProperty.Other,
            13 => name.SequenceEqual("certification"u8) ? KnownProperty.Certification : name.SequenceEqual("certifiedHash"u8) ? KnownProperty.CertifiedHash : KnownProperty.Other,
            17 => name.SequenceEqual("counterpartSchool"u8) ? KnownProperty.CounterpartSchool : KnownProperty.Other,
            _ => KnownProperty.Other,
    };
}
