package dev.rollsafe.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report formats by name, for shells that write reports to files (the Maven goal writes one file per
 * format). Holds the same names as the CLI's {@code --format} (a test keeps the two lists equal): a new format
 * is one constant here.
 */
public enum ReportFormat {
    TEXT("txt") {
        @Override
        public Report create(Path workingDirectory) {
            return new TextReport(workingDirectory);
        }
    },
    JSON("json") {
        @Override
        public Report create(Path workingDirectory) {
            return new JsonReport(ToolVersion.current(), workingDirectory);
        }
    },
    SARIF("sarif") {
        @Override
        public Report create(Path workingDirectory) {
            return new SarifReport(ToolVersion.current(), workingDirectory);
        }
    },
    GITLAB("gitlab.json") {
        @Override
        public Report create(Path workingDirectory) {
            return new GitLabReport(workingDirectory);
        }
    },
    HTML("html") {
        @Override
        public Report create(Path workingDirectory) {
            return HtmlReport.withHistory(ToolVersion.current(), workingDirectory, null);
        }
    },
    GITHUB("github.txt") {
        @Override
        public Report create(Path workingDirectory) {
            return new GithubReport(workingDirectory);
        }
    };

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The report, with paths relative to {@code workingDirectory}. */
    public abstract Report create(Path workingDirectory);

    /**
     * The report as a command line writes it: {@code configFile} (or null: rollsafe.yaml at the root) is where the
     * HTML report reads the release history's settings, {@code style} how the text report looks on a terminal.
     */
    public Report create(Path workingDirectory, Path configFile, TextReport.Style style) {
        return switch (this) {
            case TEXT -> new TextReport(workingDirectory, style);
            case HTML -> HtmlReport.withHistory(ToolVersion.current(), workingDirectory, configFile);
            default -> create(workingDirectory);
        };
    }

    /** The name users write: {@code text}, {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The file the report is written to in an output folder: {@code rollsafe.json}. */
    public String fileName() {
        return "rollsafe." + extension;
    }

    public static Optional<ReportFormat> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id().equals(wanted)).findFirst();
    }

    /** Every name, for a message about an unknown one: {@code text, json}. */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
