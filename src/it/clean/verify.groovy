def log = new File(basedir, 'build.log').text
assert log.contains('rollsafe: no findings in 2 files (3 statements)')
assert log.contains('BUILD SUCCESS')
def json = new File(basedir, 'target/rollsafe/rollsafe.json')
assert json.isFile()
assert json.text.contains('"findings"')
def text = new File(basedir, 'target/rollsafe/rollsafe.txt')
assert text.text.contains('no findings in 2 files')
// rollsafe:help lists the goal
assert log.contains('rollsafe:check')
assert log.contains('Lints the project')
// the cache went where the test put it, not into the user's cache folder
assert new File(basedir, '../../it-cache').isDirectory()
return true
