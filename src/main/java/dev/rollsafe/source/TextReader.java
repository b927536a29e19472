package dev.rollsafe.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reads a migration file as strict UTF-8; every failure becomes a one-line problem, never an exception. */
final class TextReader {
    /** Files above this size are not read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextReader() {
    }

    static FileText read(Path path) {
        try {
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                return FileText.failed("broken symbolic link");
            }
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                return FileText.failed("is a directory");
            }
            if (!attrs.isRegularFile()) {
                // a FIFO or device would block or never end: never open one
                return FileText.failed("not a regular file");
            }
            if (attrs.size() > MAX_BYTES) {
                return FileText.failed("too large (" + attrs.size() / (1024 * 1024) + " MiB; the limit is 64 MiB)");
            }
            return decode(Files.readAllBytes(path));
        } catch (IOException e) {
            if (Files.isSymbolicLink(path) && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return FileText.failed("broken symbolic link");
            }
            return FileText.failed("cannot read: " + Texts.reason(e));
        } catch (OutOfMemoryError e) {
            return FileText.failed("too large to read into memory");
        }
    }

    static FileText decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return FileText.failed("too large (the limit is 64 MiB)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return FileText.failed("binary file (NUL byte at offset " + i + ")");
            }
        }
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            return FileText.failed("not valid UTF-8 (bad byte at offset " + in.position() + ")");
        }
        r = decoder.flush(out);
        if (r.isError()) {
            return FileText.failed("not valid UTF-8 (bad byte at offset " + in.position() + ")");
        }
        out.flip();
        return FileText.ok(out.toString());
    }
}
