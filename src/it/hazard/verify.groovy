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
return true
