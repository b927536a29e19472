package dev.rollsafe.release.refs.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Python file's imports say about Django: which names are model classes of which app
 * ({@code from shop.models import Customer}, {@code from .models import Customer}), which names are models
 * modules of an app ({@code from shop import models as shop_models}), and which are Django's own
 * {@code django.db.models} ({@code from django.db import models}, {@code from django.db.models import F}).
 */
final class DjangoImports {
    /** Imported model class -> its app label. */
    final Map<String, String> modelApps = new HashMap<>();
    /** Django's own models whose {@code Meta.db_table} is not {@code <app>_<model>}. */
    private static final Map<String, String> CONTRIB_TABLES = Map.of("contenttypes.ContentType",
            "django_content_type", "admin.LogEntry", "django_admin_log", "redirects.Redirect", "django_redirect",
            "flatpages.FlatPage", "django_flatpage", "sites.Site", "django_site", "sessions.Session",
            "django_session");

    /** Imported model class -> its table, when it is not the default (Django's own models). */
    final Map<String, String> modelTables = new HashMap<>();
    /** Imported models module alias -> its app label. */
    final Map<String, String> moduleApps = new HashMap<>();
    /** Aliases of {@code django.db.models}. */
    final Set<String> djangoModules = new HashSet<>();
    /** Local name -> original name, for names imported from {@code django.db.models} (and its submodules). */
    final Map<String, String> djangoNames = new HashMap<>();

    /** True when the file imports anything from Django: an imported model's constructor is then a model's. */
    boolean django;

    private final List<String> packageDirs;

    private DjangoImports(String path) {
        List<String> parts = new ArrayList<>(Arrays.asList(path.split("/")));
        parts.remove(parts.size() - 1);
        this.packageDirs = parts;
    }

    static DjangoImports read(String path, List<List<Token>> statements) {
        DjangoImports imports = new DjangoImports(path);
        for (List<Token> s : statements) {
            if (s.get(0).is("from")) {
                imports.from(s);
            } else if (s.get(0).is("import")) {
                imports.plain(s);
            }
        }
        return imports;
    }

    /** The app label of the models a file at {@code path} defines: the app folder (above a models/ package). */
    static String appOfFile(String path) {
        String[] parts = path.split("/");
        int folder = parts.length - 2;
        if (folder >= 0 && parts[folder].equals("models") && !parts[parts.length - 1].equals("models.py")) {
            folder--;
        }
        return folder >= 0 && !parts[folder].isEmpty() ? parts[folder] : null;
    }

    /** True when {@code name} stands for Django's {@code orig} ({@code F}, {@code Q}, {@code Model}). */
    boolean isDjango(String name, String orig) {
        return orig.equals(djangoNames.get(name));
    }

    /** {@code from X import a as b, (c, d)}. */
    private void from(List<Token> s) {
        int i = 1;
        int dots = 0;
        while (i < s.size() && s.get(i).is(".")) {
            dots++;
            i++;
        }
        List<String> module = new ArrayList<>();
        while (i < s.size() && s.get(i).isIdent() && !s.get(i).is("import")) {
            module.add(s.get(i).text());
            i++;
            if (i < s.size() && s.get(i).is(".")) {
                i++;
            }
        }
        if (i >= s.size() || !s.get(i).is("import")) {
            return;
        }
        List<String> absolute = resolve(dots, module);
        django |= dots == 0 && !module.isEmpty() && module.get(0).equals("django");
        for (i = i + 1; i < s.size(); i++) {
            Token k = s.get(i);
            if (!k.isIdent()) {
                continue;
            }
            String name = k.text();
            String alias = name;
            if (i + 2 < s.size() && s.get(i + 1).is("as") && s.get(i + 2).isIdent()) {
                alias = s.get(i + 2).text();
                i += 2;
            }
            bind(absolute, name, alias);
        }
    }

    /** {@code import django.db.models as m}. */
    private void plain(List<Token> s) {
        List<String> module = new ArrayList<>();
        int i = 1;
        while (i < s.size() && s.get(i).isIdent() && !s.get(i).is("as")) {
            module.add(s.get(i).text());
            i += i + 1 < s.size() && s.get(i + 1).is(".") ? 2 : 1;
        }
        django |= !module.isEmpty() && module.get(0).equals("django");
        if (djangoModels(module) && i + 1 < s.size() && s.get(i).is("as") && s.get(i + 1).isIdent()) {
            djangoModules.add(s.get(i + 1).text());
        }
    }

    private void bind(List<String> module, String name, String alias) {
        if (module == null) {
            return;
        }
        if (djangoModels(module)) {
            djangoNames.put(alias, name);
            return;
        }
        List<String> full = new ArrayList<>(module);
        full.add(name);
        if (djangoModels(full)) {
            djangoModules.add(alias);
            return;
        }
        int m = module.indexOf("models");
        boolean djangoApp = !module.get(0).equals("django") || (m == 3 && module.get(1).equals("contrib"));
        if (m > 0 && djangoApp && !module.get(m - 1).equals("db")) {
            if (Character.isUpperCase(name.charAt(0))) {
                modelApps.put(alias, module.get(m - 1));
                String table = module.get(0).equals("django") ? CONTRIB_TABLES.get(module.get(m - 1) + "." + name)
                        : null;
                if (table != null) {
                    modelTables.put(alias, table);
                }
            } else {
                moduleApps.put(alias, module.get(m - 1)); // a submodule of a models package
            }
        } else if (name.equals("models") && !module.isEmpty() && !module.get(0).equals("django")) {
            moduleApps.put(alias, module.get(module.size() - 1));
        }
    }

    /** {@code django.db.models} or GeoDjango's {@code django.contrib.gis.db.models}, or a submodule of one. */
    private static boolean djangoModels(List<String> module) {
        if (module.isEmpty() || !module.get(0).equals("django")) {
            return false;
        }
        for (int i = 1; i + 1 < module.size(); i++) {
            if (module.get(i).equals("db") && module.get(i + 1).equals("models")) {
                return true;
            }
        }
        return false;
    }

    /** The absolute module of a {@code from} clause; null when the dots climb above the repository root. */
    private List<String> resolve(int dots, List<String> module) {
        if (dots == 0) {
            return module;
        }
        int keep = packageDirs.size() - (dots - 1);
        if (keep < 0) {
            return null;
        }
        List<String> out = new ArrayList<>(packageDirs.subList(0, keep));
        out.addAll(module);
        return out;
    }
}
