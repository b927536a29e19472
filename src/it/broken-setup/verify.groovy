def log = new File(basedir, 'build.log').text
// a broken setup is an error of the build's configuration (MojoExecutionException), not a finding
assert log.contains('rollsafe: cannot check the migrations:')
assert log =~ /db\/missing: .*(not exist|no such)/
assert log.contains('MojoExecutionException')
assert !(log =~ /(?m)^\s+at dev\.rollsafe\./)
return true
