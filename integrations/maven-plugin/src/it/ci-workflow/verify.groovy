// docs/ci/catalogue.yml copied, as it is, into two catalogue repositories (the catalogues of the
// valid-catalogue and broken-catalogue tests, without their pom.xml), and its shell steps run there
// as a GitHub runner runs them: the job succeeds on the valid catalogue and fails on the broken one,
// and the reports the upload steps send are written in both. The plugin comes from the tests' local
// repository; .mvn/maven.config (the runner's ~/.m2/settings.xml, in effect) points there.
import io.github.tongban.maven.CiWorkflow
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.time.Duration

def workflowPath = new File(workflowFile)
def workflow = CiWorkflow.read(workflowPath.toPath())
def settings = new File(basedir, 'settings.xml')
def url = new File(mainLocalRepository).toURI().toString()
settings.text = new File(itSources, 'settings.xml').getText('UTF-8').replace('@localRepositoryUrl@', url)
def mavenBin = new File(System.getProperty('maven.home'), 'bin').absolutePath
def path = mavenBin + File.pathSeparator + System.getenv('PATH')

def repository = { String catalogue ->
    def repo = new File(basedir, "repos/${catalogue}")
    def source = new File(itSources, catalogue)
    source.eachFileRecurse { f ->
        def relative = source.toPath().relativize(f.toPath()).toString()
        if (f.isFile() && !(relative in ['pom.xml', 'verify.groovy', 'invoker.properties'])) {
            def target = new File(repo, relative)
            target.parentFile.mkdirs()
            Files.copy(f.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING)
        }
    }
    new File(repo, '.github/workflows').mkdirs()
    Files.copy(workflowPath.toPath(), new File(repo, '.github/workflows/catalogue.yml').toPath())
    new File(repo, '.mvn').mkdirs()
    def config = ['-s', settings.absolutePath, "-Dmaven.repo.local=${localRepositoryPath}"]
    if (offline == 'offline=true') {
        config << '-o'
    }
    new File(repo, '.mvn/maven.config').text = config.join('\n') + '\n'
    repo
}

def valid = repository('valid-catalogue')
def passed = workflow.run(valid.toPath(), [PATH: path], Duration.ofMinutes(3))
assert passed.succeeded() : passed.log()
assert passed.steps().count { it.ran() } == 3 : passed.log()
['validate.sarif', 'validate-junit.xml', 'TEST-tongban-scenarios.xml', 'report.html'].each {
    assert new File(valid, "target/tongban/${it}").isFile() : "${it} missing\n" + passed.log()
}
assert passed.log().contains('通过 3 个,失败 0 个')

def broken = repository('broken-catalogue')
def failed = workflow.run(broken.toPath(), [PATH: path], Duration.ofMinutes(3))
assert !failed.succeeded() : failed.log()
def validate = failed.steps().find { it.ran() && it.exitCode() != 0 }
assert validate.step().name() == 'Validate the catalogue' : failed.log()
assert validate.output().contains('[ERROR] items/T-001.yaml:26:7: 错误 condition.unknown-fact') : failed.log()
assert failed.steps().count { it.ran() } == 1 : failed.log()
// the upload steps run always: what they send is there
assert new File(broken, 'target/tongban/validate.sarif').isFile()
assert new File(broken, 'target/tongban/validate-junit.xml').isFile()
return true
