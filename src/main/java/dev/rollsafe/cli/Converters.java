package dev.rollsafe.cli;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.rules.Level;
import picocli.CommandLine;

/** Option values parsed with the same words the configuration file accepts. */
final class Converters {

    private Converters() {
    }

    static final class DialectConverter implements CommandLine.ITypeConverter<Dialect> {
        @Override
        public Dialect convert(String value) {
            return Dialect.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown dialect '" + value + "' (use postgresql, mysql or mariadb)"));
        }
    }

    static final class LevelConverter implements CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown level '" + value + "' (use error, warning or note)"));
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (use text, json, sarif, gitlab, github or html)"));
        }
    }
}
