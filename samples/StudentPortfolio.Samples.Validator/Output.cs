namespace StudentPortfolio.Samples.Validator;

/// <summary>
/// Standard output and error as the validator uses them. A failure to write the report (stdout closed or full) is an
/// <see cref="OutputFailedException"/>, never mistaken for a problem with the input file; a failure to write to stderr
/// is ignored, so a closed stderr does not abort a run.
/// </summary>
internal static class Output
{
    /// <summary>Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> through the guards.</summary>
    public static void Install()
    {
        Console.SetOut(new GuardedWriter(Console.Out, ignoreFailures: false));
        Console.SetError(new GuardedWriter(Console.Error, ignoreFailures: true));
    }

    /// <summary>Opens stdout as a stream whose write failures are <see cref="OutputFailedException"/>.</summary>
    public static Stream OpenStandardOutput() => new GuardedStream(Console.OpenStandardOutput());

    private sealed class GuardedWriter(TextWriter inner, bool ignoreFailures) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Guard(() => inner.Write(value));

        public override void Write(string? value) => Guard(() => inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

        public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

        public override void Flush() => Guard(inner.Flush);

        private void Guard(Action write)
        {
            try
            {
                write();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                if (!ignoreFailures)
                {
                    throw new OutputFailedException(e);
                }
            }
        }
    }

    private sealed class GuardedStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
            try
            {
                inner.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                throw new OutputFailedException(e);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                throw new OutputFailedException(e);
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                throw new OutputFailedException(e);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            try
            {
                await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                throw new OutputFailedException(e);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                try
                {
                    inner.Dispose();
                }
                catch (IOException)
                {
                    // Closing a stdout that is already gone has nothing left to report.
                }
            }

            base.Dispose(disposing);
        }
    }
}
