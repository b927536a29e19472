package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void bomIsSkipped() throws IOException {
        Path p = write("bom.sql", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'S', 'E', 'L', ';'});
        assertEquals("SEL;", TextReader.read(p).text());
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        Path p = write("latin1.sql", "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
        FileText t = TextReader.read(p);
        assertNull(t.text());
        assertEquals("not valid UTF-8 (bad byte at offset 11)", t.problem());
    }

    @Test
    void nulMeansBinary() throws IOException {
        FileText t = TextReader.read(write("bin.sql", new byte[] {'a', 0, 'b'}));
        assertNull(t.text());
        assertTrue(t.problem().startsWith("binary file"), t.problem());
    }

    @Test
    void emptyFileIsReadable() throws IOException {
        FileText t = TextReader.read(write("empty.sql", new byte[0]));
        assertEquals("", t.text());
        assertNull(t.problem());
    }

    @Test
    void placeholdersStayInTheText() throws IOException {
        String sql = "CREATE TABLE ${schema}.t (id INT);\n{{ if .X }}SELECT 1;{{ end }}\n$%AUTO_INCREMENT%$";
        assertEquals(sql, TextReader.read(write("tpl.sql", sql.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void overSixtyFourMebibytesIsTooLarge() throws IOException {
        Path p = dir.resolve("huge.sql");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(TextReader.MAX_BYTES + 1);
        }
        FileText t = TextReader.read(p);
        assertNull(t.text());
        assertTrue(t.problem().startsWith("too large"), t.problem());
    }

    @Test
    void fiftyMegabyteFileIsRead() throws IOException {
        Path p = dir.resolve("big.sql");
        String line = "INSERT INTO t (id, name) VALUES (1, 'some text to make the line long enough');\n";
        long target = 50L * 1000 * 1000;
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            for (long n = 0; n < target; n += line.length()) {
                w.write(line);
            }
        }
        FileText t = TextReader.read(p);
        assertNull(t.problem());
        assertEquals(Files.size(p), t.text().length());
    }

    @Test
    void brokenSymlink() throws IOException {
        Path link = dir.resolve("gone.sql");
        Files.createSymbolicLink(link, dir.resolve("missing.sql"));
        assertEquals("broken symbolic link", TextReader.read(link).problem());
    }

    @Test
    void unreadableFile() throws IOException {
        Path p = write("secret.sql", "SELECT 1;".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(p), "running as a user who can read anything");
        FileText t = TextReader.read(p);
        assertNull(t.text());
        assertNotNull(t.problem());
        assertEquals("cannot read: permission denied", t.problem());
    }
}
