package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * A migration set found by a layout, before its files are read.
 *
 * @param root          the folder of the set
 * @param layout        the layout
 * @param namingDialect the dialect the layout's naming gives (popx suffix, prisma lock, sqitch engine), or null
 * @param files         the files in apply order
 */
record SetPlan(Path root, Layout layout, Dialect namingDialect, List<Planned> files) {
    SetPlan {
        files = List.copyOf(files);
    }
}
