package dev.rollsafe.release.timeline;

import java.util.List;

/**
 * One step of the timeline: a release, or the working tree ({@code HEAD}) when it has unreleased migrations.
 *
 * @param tag        the release tag, or {@code HEAD}
 * @param commit     the commit id (40 hex); for {@code HEAD} the checked-out commit, or null without one
 * @param unreleased true for the working tree
 * @param migrations the migrations it shipped first, in apply order
 */
public record TimelineRelease(String tag, String commit, boolean unreleased, List<TimelineMigration> migrations) {
    public TimelineRelease {
        migrations = List.copyOf(migrations);
    }

    /** The first 7 characters of the commit, or "-". */
    public String shortCommit() {
        return commit == null ? "-" : commit.substring(0, Math.min(7, commit.length()));
    }
}
