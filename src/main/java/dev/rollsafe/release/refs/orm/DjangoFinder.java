package dev.rollsafe.release.refs.orm;

import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReferenceFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * References from Django code, read without Python: the model classes of a file (the ORM selects every field
 * of a model, so a field still on a model is a reference to its column: table {@code <app_label>_<model>}
 * unless {@code Meta.db_table}, column the field name, {@code <name>_id} for a ForeignKey or OneToOneField,
 * unless {@code db_column}) and the ORM calls that name fields of a model the file defines or imports
 * ({@link DjangoQueries}). Raw SQL in {@code cursor.execute(...)} and {@code raw(...)} strings is the SQL
 * string finder's. Django's own migrations ({@code migrations/} packages) are not application code.
 */
public final class DjangoFinder implements ReferenceFinder {

    @Override
    public String id() {
        return "django";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".py") && !path.startsWith("migrations/") && !path.contains("/migrations/");
    }

    @Override
    public List<Reference> find(String path, String text) {
        try {
            if (text == null || !text.contains("models")) {
                return List.of();
            }
            List<Token> tokens = new ArrayList<>(Lexer.tokens(text, Lexer.Flavor.PYTHON));
            tokens.removeIf(k -> k.is("\\")); // a line continuation
            List<List<Token>> statements = PythonTokens.statements(tokens);
            DjangoImports imports = DjangoImports.read(path, statements);
            Lines lines = new Lines(path, text, id());
            List<Reference> out = new ArrayList<>();
            Map<String, DjangoModel> models = DjangoModels.read(path, statements, imports, lines, out);
            if (!models.isEmpty() || !imports.modelApps.isEmpty() || !imports.moduleApps.isEmpty()) {
                DjangoQueries.find(tokens, models, imports, lines, out);
            }
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }
}
