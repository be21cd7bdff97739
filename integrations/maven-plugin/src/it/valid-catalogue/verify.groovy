// The valid catalogue: the build passed; every report is written and says so.
def reports = new File(basedir, 'target/tongban')
def read = { String name ->
    def f = new File(reports, name)
    assert f.isFile() : "missing report ${f}"
    f.getText('UTF-8')
}

def sarif = new groovy.json.JsonSlurper().parseText(read('validate.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'tongban'
assert sarif.runs[0].results.findAll { it.level == 'error' }.isEmpty()

def validate = new groovy.xml.XmlSlurper().parseText(read('validate-junit.xml'))
assert validate.'**'.findAll { it.name() == 'failure' }.isEmpty()

def tests = new groovy.xml.XmlSlurper().parseText(read('TEST-tongban-scenarios.xml'))
def cases = tests.'**'.findAll { it.name() == 'testcase' }
assert cases.size() == 3 : "three scenario tests, not ${cases.size()}"
assert tests.'**'.findAll { it.name() == 'failure' }.isEmpty()
assert cases.every { it.@classname.text().contains('tests/T-001.test.yaml') || it.@file.text().contains('tests/T-001.test.yaml') }

assert read('report.html').contains('<html')
def report = new groovy.json.JsonSlurper().parseText(read('report.json'))
assert report != null

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('通过 3 个,失败 0 个')
assert log.contains('BUILD SUCCESS')
return true
