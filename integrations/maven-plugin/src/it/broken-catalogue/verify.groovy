// The broken catalogue (items/T-001.yaml names a fact the catalogue does not define, line 26):
// the build failed, the log names the file and line, and the reports CI uploads were written first.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /\[ERROR\] items\/T-001\.yaml:26:\d+: 错误 [a-z.-]+:/ : 'the log names the file, line and column of the error'

def sarif = new groovy.json.JsonSlurper().parseText(new File(basedir, 'target/tongban/validate.sarif').getText('UTF-8'))
def errors = sarif.runs[0].results.findAll { it.level == 'error' }
assert !errors.isEmpty()
assert errors.any { it.locations[0].physicalLocation.region.startLine == 26 }

def junit = new groovy.xml.XmlSlurper().parseText(new File(basedir, 'target/tongban/validate-junit.xml').getText('UTF-8'))
assert !junit.'**'.findAll { it.name() == 'failure' }.isEmpty()
// validate failed the build: the tests were not run
assert !new File(basedir, 'target/tongban/TEST-tongban-scenarios.xml').exists()
return true
