// Builds the release history: the project as it is now is committed and tagged v1.0.0 (its code selects
// customers.full_name); then a new migration drops that column, uncommitted, as in a working tree about to be
// released. The check must judge the drop against v1.0.0's code and leave the shipped migrations alone.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = Git.init().setDirectory(basedir).call()
try {
    def who = new PersonIdent('rollsafe-it', 'it@rollsafe.invalid')
    git.add().addFilepattern('.').call()
    git.commit().setMessage('release 1.0.0').setAuthor(who).setCommitter(who).setSign(false).call()
    git.tag().setName('v1.0.0').setAnnotated(false).call()
} finally {
    git.close()
}
new File(basedir, 'src/main/resources/db/migration/V2__drop_full_name.sql').text =
        "SET lock_timeout = '5s';\nALTER TABLE customers DROP COLUMN full_name;\n"
return true
