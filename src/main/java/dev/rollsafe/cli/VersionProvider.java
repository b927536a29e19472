package dev.rollsafe.cli;

import dev.rollsafe.report.ToolVersion;
import picocli.CommandLine;

/** {@code rollsafe --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"rollsafe " + ToolVersion.current()};
    }
}
