package dev.rollsafe.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationCommandsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "python manage.py migrate && gunicorn app.wsgi | DJANGO",
        "python3 /app/manage.py migrate --noinput | DJANGO",
        "django-admin migrate shop 0007 | DJANGO",
        "python -m django migrate | DJANGO",
        "sh -c \"python manage.py migrate; exec gunicorn\" | DJANGO",
        "python manage.py migrate --check && gunicorn | ''",
        "python manage.py migrate --plan | ''",
        "python manage.py showmigrations | ''",
        "python manage.py makemigrations --check | ''",
        "echo migrate | ''",
        "flyway -url=jdbc:postgresql://db/x migrate && java -jar app.jar | FLYWAY",
        "flyway validate | ''",
        "flyway info | ''",
        "liquibase --changelog-file=db.xml update | LIQUIBASE",
        "liquibase status | ''",
        "alembic upgrade head | ALEMBIC",
        "bundle exec rails db:migrate && bundle exec puma | RAILS",
        "npx prisma migrate deploy && node server.js | PRISMA",
        "npx prisma migrate status | ''",
        "# python manage.py migrate (commented out) | ''",
    })
    void recognisesMigratingCommandsOnly(String shell, String framework) {
        List<String> found = MigrationCommands.find(shell).stream().map(h -> h.framework().name()).toList();
        assertEquals(framework.isEmpty() ? List.of() : List.of(framework), found);
    }
}
