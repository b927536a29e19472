import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
// the finding, with its source line and help, in the build log
assert log.contains('src/main/resources/db/migration/V2__index_email.sql:1:1: error[create-index-blocks-writes]: creating index customers_email_idx on customers')
assert log.contains('help: use CREATE INDEX CONCURRENTLY')
// the failure names the findings (MojoFailureException: BUILD FAILURE, not an error of the plugin)
assert log.contains('rollsafe: 2 findings at or above level error:')
assert log.contains('BUILD FAILURE')
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')
// no stack trace reaches the user (the invoker runs Maven without -e, as a user does)
assert !(log =~ /(?m)^\s+at dev\.rollsafe\./)
assert !log.contains('Caused by:')

// The executable CLI jar is still built beside the plugin jar (bin/rollsafe runs target/rollsafe-*-cli.jar):
// exactly one of each, the plugin descriptor only in the plugin jar, and the CLI finds the same hazard.
def target = new File(basedir, '../..').canonicalFile
def cliJars = target.listFiles().findAll { it.name ==~ /rollsafe-.*-cli\.jar/ }
def pluginJars = target.listFiles().findAll { it.name ==~ /rollsafe-[^-]+(-SNAPSHOT)?\.jar/ }
assert cliJars.size() == 1
assert pluginJars.size() == 1
new ZipFile(cliJars[0]).withCloseable { z ->
    assert z.getEntry('dev/rollsafe/cli/Main.class') != null
    assert z.getEntry('META-INF/maven/plugin.xml') == null
    assert z.entries().toList().every { !it.name.startsWith('dev/rollsafe/maven/') }
    assert z.getInputStream(z.getEntry('META-INF/MANIFEST.MF')).text.contains('Main-Class: dev.rollsafe.cli.Main')
}
new ZipFile(pluginJars[0]).withCloseable { z ->
    assert z.getEntry('META-INF/maven/plugin.xml') != null
    assert z.getEntry('dev/rollsafe/maven/CheckMojo.class') != null
}
def java = new File(System.getProperty('java.home'), 'bin/java').path
def cli = new ProcessBuilder(java, '-jar', cliJars[0].path, 'check', '--no-cache')
        .directory(basedir).redirectErrorStream(true).start()
def out = cli.inputStream.text
cli.waitFor()
assert cli.exitValue() == 1 : out
assert out.contains('src/main/resources/db/migration/V2__index_email.sql:1:1: error[create-index-blocks-writes]') : out
return true
