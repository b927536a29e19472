def log = new File(basedir, 'build.log').text
assert !log.contains('not marked as @threadSafe')
// the aggregator does not check its modules' migrations a second time
assert log.contains('rollsafe: no migrations of its own in this aggregator project')
// module-a is clean, module-b fails with its finding, paths relative to the module
assert log.contains('rollsafe: no findings in 1 file (1 statement)')
assert log.contains('src/main/resources/db/migration/V2__index_email.sql:1:1: error[create-index-blocks-writes]')
assert log =~ /Failed to execute goal dev\.rollsafe:rollsafe:[^ ]+:check \(default\) on project module-b/
assert log.count('error[create-index-blocks-writes]') >= 1
return true
