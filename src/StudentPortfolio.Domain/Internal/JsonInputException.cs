using System.Text.Json;

namespace StudentPortfolio.Internal;

/// <summary>
/// A <see cref="JsonException"/> thrown by the library's own converters: its message is already worded for the
/// user (and masked), so readers keep it and only add the location System.Text.Json fills in.
/// </summary>
internal sealed class JsonInputException : JsonException
{
    public JsonInputException(string message)
        : base(message)
    {
    }

    public JsonInputException()
    {
    }

    public JsonInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
