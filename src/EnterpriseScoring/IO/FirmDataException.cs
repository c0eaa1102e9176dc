namespace EnterpriseScoring.IO;

/// <summary>
/// A firm file cannot be read at all: no header, a missing required column, two columns meaning the same thing.
/// Problems with individual rows never throw; they are reported in <see cref="FirmReadResult.Rejections"/>.
/// </summary>
public class FirmDataException : Exception
{
    /// <summary>Creates an exception.</summary>
    public FirmDataException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FirmDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FirmDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
