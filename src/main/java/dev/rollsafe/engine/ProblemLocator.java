package dev.rollsafe.engine;

import dev.rollsafe.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where an unreadable file goes wrong (the first byte that is not UTF-8, or the first NUL), so
 * the finding points at it. Only called for files that failed to read, so it may read them again.
 */
final class ProblemLocator {
    private static final Span START = new Span(0, 0, 1, 1, 1, 1);
    private static final int LIMIT = 64 << 20;

    private ProblemLocator() {
    }

    static Span locate(Path file) {
        byte[] bytes;
        if (!Files.isRegularFile(file)) {
            return START; // never open a FIFO or device
        }
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(LIMIT);
        } catch (IOException | RuntimeException e) {
            return START;
        }
        int bad = firstBadByte(bytes);
        if (bad < 0) {
            return START;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // column in UTF-16 units of the valid text before the bad byte on that line
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int col = before.length() + 1;
        return new Span(0, 0, line, col, line, col + 1);
    }

    private static int firstBadByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Math.min(i, firstInvalidUtf8(bytes, i));
            }
        }
        return firstInvalidUtf8(bytes, bytes.length);
    }

    private static int firstInvalidUtf8(byte[] bytes, int limit) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, limit);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return limit < bytes.length ? limit : -1;
            }
            out.clear();
        }
    }
}
