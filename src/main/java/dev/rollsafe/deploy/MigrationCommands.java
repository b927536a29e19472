package dev.rollsafe.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the commands that apply migrations in a piece of shell: {@code manage.py migrate}, {@code flyway migrate},
 * {@code liquibase update}, {@code alembic upgrade}, {@code rails db:migrate}, {@code prisma migrate deploy}.
 * Commands that only check ({@code migrate --check}, {@code migrate --plan}, {@code showmigrations},
 * {@code flyway validate|info}) are not migrations.
 */
public final class MigrationCommands {

    /** A migrating command: its tool and where it starts in the text. */
    public record Hit(Framework framework, int offset) {
    }

    private static final Set<String> DJANGO_CHECKS = Set.of("--check", "--plan", "--list", "-l");

    private MigrationCommands() {
    }

    /** The migrating commands of {@code shell}, in order. */
    public static List<Hit> find(String shell) {
        List<Hit> hits = new ArrayList<>();
        List<Token> command = new ArrayList<>();
        int i = 0;
        int n = shell.length();
        while (i <= n) {
            char c = i < n ? shell.charAt(i) : '\n';
            if (c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '`') {
                judge(command, hits);
                command.clear();
                i++;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(shell.charAt(i - 1)))) {
                while (i < n && shell.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(c) || c == '[' || c == ']' || c == ',') {
                i++;
            } else {
                int start = i;
                StringBuilder word = new StringBuilder();
                while (i < n) {
                    char d = shell.charAt(i);
                    if (d == '"' || d == '\'') {
                        int close = shell.indexOf(d, i + 1);
                        if (close < 0) {
                            i++; // a lone quote: the rest reads as words
                            continue;
                        }
                        String inner = shell.substring(i + 1, close);
                        if (inner.indexOf(' ') >= 0 || inner.indexOf(';') >= 0 || inner.indexOf('&') >= 0) {
                            // a quoted script (sh -c "..."): read it as commands of its own
                            for (Hit h : find(inner)) {
                                hits.add(new Hit(h.framework(), i + 1 + h.offset()));
                            }
                        } else {
                            word.append(inner);
                        }
                        i = close + 1;
                    } else if (Character.isWhitespace(d) || d == ';' || d == '&' || d == '|' || d == ','
                            || d == '(' || d == ')' || d == ']' || d == '`') {
                        break;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (word.length() > 0) {
                    command.add(new Token(word.toString(), start));
                }
            }
        }
        return hits;
    }

    private record Token(String text, int offset) {
        String base() {
            String t = text.toLowerCase(Locale.ROOT);
            int slash = t.lastIndexOf('/');
            return slash < 0 ? t : t.substring(slash + 1);
        }
    }

    private static void judge(List<Token> words, List<Hit> hits) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).base();
            Token next = k + 1 < words.size() ? words.get(k + 1) : null;
            String after = next == null ? "" : next.text().toLowerCase(Locale.ROOT);
            if ((w.equals("manage.py") || w.equals("django-admin") || w.equals("django-admin.py")
                    || (w.equals("django") && k > 0 && words.get(k - 1).text().equals("-m")))
                    && after.equals("migrate")) {
                if (words.subList(k + 2, words.size()).stream().noneMatch(t -> DJANGO_CHECKS.contains(t.text()))) {
                    hits.add(new Hit(Framework.DJANGO, next.offset()));
                }
                return;
            }
            if (w.equals("flyway") && rest(words, k).contains("migrate")) {
                hits.add(new Hit(Framework.FLYWAY, words.get(k).offset()));
                return;
            }
            if (w.equals("liquibase") && rest(words, k).stream().anyMatch(t -> t.equals("update")
                    || t.equals("update-count") || t.equals("update-to-tag") || t.equals("updatecount"))) {
                hits.add(new Hit(Framework.LIQUIBASE, words.get(k).offset()));
                return;
            }
            if (w.equals("alembic") && rest(words, k).contains("upgrade")) {
                hits.add(new Hit(Framework.ALEMBIC, words.get(k).offset()));
                return;
            }
            if ((w.equals("rails") || w.equals("rake")) && rest(words, k).contains("db:migrate")) {
                hits.add(new Hit(Framework.RAILS, words.get(k).offset()));
                return;
            }
            if (w.equals("prisma") && after.equals("migrate") && rest(words, k).contains("deploy")) {
                hits.add(new Hit(Framework.PRISMA, words.get(k).offset()));
                return;
            }
        }
    }

    private static List<String> rest(List<Token> words, int k) {
        return words.subList(k + 1, words.size()).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }
}
