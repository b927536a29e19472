def log = new File(basedir, 'build.log').text
assert log.contains('rollsafe: skipped (rollsafe.skip)')
assert !log.contains('create-index-blocks-writes')
assert log.contains('BUILD SUCCESS')
return true
