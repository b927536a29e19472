package dev.rollsafe.release.timeline;

import dev.rollsafe.CacheFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last timeline computed for a repository, keyed by everything it depends on (rollsafe's build, HEAD,
 * every release tag and its commit, the working tree's tracked files as on disk, the config, the finders):
 * a repeated {@code rollsafe releases} reads it instead of replaying every release. One file per key in the
 * user's cache folder, written atomically; an unreadable file counts as absent.
 */
final class TimelineCache {
    private static final int MAGIC = 0x524c544c; // "RLTL"

    private TimelineCache() {
    }

    static Path file(String key) {
        Path dir = CacheFiles.directory();
        return dir == null ? null : dir.resolve("timeline-" + CacheFiles.sha256(key).substring(0, 32) + ".bin");
    }

    static Timeline read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            int nr = count(in);
            List<TimelineRelease> releases = new ArrayList<>(nr);
            for (int i = 0; i < nr; i++) {
                String tag = CacheFiles.readString(in);
                String commit = CacheFiles.readString(in);
                boolean unreleased = in.readBoolean();
                int nm = count(in);
                List<TimelineMigration> ms = new ArrayList<>(nm);
                for (int k = 0; k < nm; k++) {
                    ms.add(new TimelineMigration(CacheFiles.readString(in), CacheFiles.readString(in)));
                }
                releases.add(new TimelineRelease(tag, commit, unreleased, ms));
            }
            int no = count(in);
            List<ObjectTimeline> objects = new ArrayList<>(no);
            for (int i = 0; i < no; i++) {
                objects.add(new ObjectTimeline(CacheFiles.readString(in), CacheFiles.readString(in), CacheFiles.readString(in), CacheFiles.readString(in), CacheFiles.readString(in)));
            }
            int nn = count(in);
            List<String> notes = new ArrayList<>(nn);
            for (int i = 0; i < nn; i++) {
                notes.add(CacheFiles.readString(in));
            }
            return in.readInt() == MAGIC ? new Timeline(releases, objects, notes) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void write(Path file, Timeline t) {
        if (file == null) {
            return;
        }
        CacheFiles.writeAtomically(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.writeInt(MAGIC);
            out.writeInt(t.releases().size());
            for (TimelineRelease r : t.releases()) {
                CacheFiles.writeString(out, r.tag());
                CacheFiles.writeString(out, r.commit());
                out.writeBoolean(r.unreleased());
                out.writeInt(r.migrations().size());
                for (TimelineMigration m : r.migrations()) {
                    CacheFiles.writeString(out, m.identity());
                    CacheFiles.writeString(out, m.path());
                }
            }
            out.writeInt(t.objects().size());
            for (ObjectTimeline o : t.objects()) {
                CacheFiles.writeString(out, o.table());
                CacheFiles.writeString(out, o.column());
                CacheFiles.writeString(out, o.added());
                CacheFiles.writeString(out, o.lastReferenced());
                CacheFiles.writeString(out, o.dropped());
            }
            out.writeInt(t.notes().size());
            for (String n : t.notes()) {
                CacheFiles.writeString(out, n);
            }
            out.writeInt(MAGIC);
            out.flush();
        });
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("bad count");
        }
        return n;
    }


}
