def log = new File(basedir, 'build.log').text
// the verdict: the drop is judged against the release's code, with the evidence
assert log.contains('error[contract-while-referenced]: drop column customers.full_name while release v1.0.0')
assert log.contains('evidence: v1.0.0: src/main/java/shop/CustomerQueries.java:4:')
// the index migration shipped in v1.0.0: history, not linted again
assert !log.contains('create-index-blocks-writes')
assert log.contains('rollsafe: 1 finding at or above level error:')
def json = new File(basedir, 'target/rollsafe/rollsafe.json').text
assert json.contains('contract-while-referenced')
return true
