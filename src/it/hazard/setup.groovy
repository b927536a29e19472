// The project becomes a git repository of its own (no tags, no commits), so that the check does not read the
// history of the rollsafe checkout this test runs inside.
import org.eclipse.jgit.api.Git

Git.init().setDirectory(basedir).call().close()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
return true
