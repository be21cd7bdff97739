package io.github.tongban.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the window clerk's page in headless Chromium (Debian's chromium and chromium-driver)
 * along the four paths a window meets: an eligible case to its notice and checklist, an
 * ineligible one to its refusal, an eligible case this point may not accept, and an answer
 * changed after the notice. Skipped, with a message, where Chromium is not installed.
 */
class ClerkPageBrowserTests {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");
  static final String ELDERLY = "620300-MZ-002";
  static final String HOMESTEAD = "620300-NY-001";

  static RunningService service;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
        "Chromium is not installed (apt-get install chromium chromium-driver): the browser test is skipped");
    service = RunningService.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1000,1400",
        "--user-data-dir=" + Files.createTempDirectory("tongban-chromium-"));
    ChromeDriverService driverService = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(driverService, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void anEligibleCaseFromTheKeyboardToTheNoticeWithItsChecklist() throws Exception {
    open("");
    WebElement at = browser.findElement(By.id("atQuery"));
    at.sendKeys("城关镇");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#atList li.active[data-code='620321001']")));
    at.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.attributeToBe(By.id("atChosen"), "data-code", "620321001"));
    assertThat(browser.findElement(By.id("atChosen")).getText()).contains("城关镇便民服务中心").contains("永昌县 › 城关镇");

    WebElement query = browser.findElement(By.id("query"));
    query.sendKeys("老年津贴");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li"), 1));
    assertThat(browser.findElement(By.cssSelector("#items li")).getAttribute("data-code")).as("found by its common name").isEqualTo(ELDERLY);
    query.sendKeys(Keys.ARROW_DOWN);
    assertThat(browser.switchTo().activeElement().getAttribute("data-code")).isEqualTo(ELDERLY);
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);

    WebElement region = question("householdRegion");
    browser.findElement(By.id("next")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText()).contains("请先作答");
    WebElement input = region.findElement(By.id("answer"));
    input.sendKeys("滨河路第1社区");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answerList li.active[data-code='620302001001']")));
    input.sendKeys(Keys.ENTER);
    assertThat(browser.findElement(By.id("answerChosen")).getText()).isEqualTo("金川区 › 滨河路街道 › 滨河路第1社区 · 620302001001");
    input.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.stalenessOf(region));

    WebElement age = question("age");
    age.findElement(By.id("answer")).sendKeys("82", Keys.ENTER);
    wait.until(ExpectedConditions.stalenessOf(age));

    WebElement agent = question("agentApplies");
    List<WebElement> radios = agent.findElements(By.cssSelector("input[type=radio]"));
    assertThat(radios).hasSize(2).noneMatch(WebElement::isSelected);
    browser.findElement(By.id("next")).click();
    assertThat(browser.findElement(By.id("error")).getText()).as("no answer is ever assumed").contains("请先作答");
    assertThat(browser.findElements(By.id("notice")).get(0).isDisplayed()).isFalse();
    WebElement no = agent.findElement(By.cssSelector("input[type=radio][value='false']"));
    no.click();
    no.sendKeys(Keys.ENTER);

    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    WebElement status = browser.findElement(By.id("status"));
    assertThat(status.getText()).isEqualTo("符合条件 · 本网点可受理");
    assertThat(status.getAttribute("class")).contains("ok");
    assertThat(notice.findElement(By.cssSelector("#noticeDoc table del")).getText()).isEqualTo("居民身份证");
    assertThat(notice.getText()).contains("高龄津贴申领").contains("异地代收代办").contains("金川区民政局").contains("社会保障卡或本人银行账户");
    assertThat(answers()).containsExactly(
        Map.entry("householdRegion", "金川区 › 滨河路街道 › 滨河路第1社区(620302001001)"), Map.entry("age", "82 周岁"), Map.entry("agentApplies", "否"));
    WebElement print = browser.findElement(By.id("print"));
    assertThat(print.isDisplayed()).isTrue();
    assertThat(print.getAttribute("onclick")).as("the handler lives in the script, not inline").isNull();
    Files.write(Path.of("target", "clerk-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void anIneligibleCaseGetsTheRefusalWithNoChecklistAndNoDueDate() {
    open("620321001");
    chooseItem("高龄", ELDERLY);
    typeCode("householdRegion", "620302001001");
    WebElement age = question("age");
    age.findElement(By.id("answer")).sendKeys("70", Keys.ENTER);

    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("不符合条件");
    assertThat(browser.findElement(By.id("status")).getAttribute("class")).contains("bad");
    assertThat(browser.findElements(By.id("questionForm"))).as("who applies is not asked of an ineligible applicant").isEmpty();
    assertThat(notice.findElements(By.cssSelector("#noticeDoc table"))).as("no checklist").isEmpty();
    assertThat(notice.getText()).contains("年满80周岁").doesNotContainPattern("(?<!不)可受理").doesNotContain("办结").doesNotContain("居民身份证");
  }

  @Test
  void aCaseThisPointMayNotAcceptSaysSoAndWhereToGoInstead() {
    open("620321002");
    assertThat(browser.findElement(By.id("atChosen")).getText()).contains("河西堡镇便民服务中心");
    chooseItem("宅基地", HOMESTEAD);
    answerAll(Map.of("villageCollectiveMember", "true", "ownsHomestead", "false", "age", "30", "householdRegion", "620321001001"));

    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    WebElement status = browser.findElement(By.id("status"));
    assertThat(status.getAttribute("data-status")).isEqualTo("ELIGIBLE");
    assertThat(status.getAttribute("data-outcome")).isEqualTo("REFUSED");
    assertThat(status.getText()).as("never a plain 符合条件 for a case refused here").contains("本网点不能受理");
    assertThat(status.getAttribute("class")).doesNotContain("ok");
    assertThat(notice.getText()).contains("城关镇便民服务中心").contains("城关第1村便民服务站");
  }

  @Test
  void changingAnEarlierAnswerReopensItsQuestionAndDecidesAgain() {
    open("620321001");
    chooseItem("高龄", ELDERLY);
    typeCode("householdRegion", "620302001001");
    question("age").findElement(By.id("answer")).sendKeys("70", Keys.ENTER);
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("noticeDoc")));
    assertThat(refusal.findElements(By.tagName("table"))).isEmpty();

    browser.findElement(By.cssSelector("#answers li[data-fact='age'] button.change")).click();
    WebElement age = question("age");
    assertThat(browser.findElement(By.id("notice")).isDisplayed()).as("the notice is withdrawn while an answer changes").isFalse();
    assertThat(age.getText()).contains("原答案:70");
    age.findElement(By.id("answer")).sendKeys("82", Keys.ENTER);

    WebElement agent = question("agentApplies");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("符合条件 · 本网点可受理");
    agent.findElement(By.cssSelector("input[type=radio][value='true']")).click();
    browser.findElement(By.id("next")).click();
    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#noticeDoc table")));
    assertThat(notice.getText()).contains("代办人居民身份证");
    assertThat(answers()).containsExactly(Map.entry("householdRegion", "620302001001"), Map.entry("age", "82 周岁"), Map.entry("agentApplies", "是"));
  }

  // ------------------------------------------------------------------ helpers

  /** Opens the page at the service point of region {@code at} (empty: online) and waits for the items. */
  private static void open(String at) {
    browser.get("http://127.0.0.1:" + service.port() + "/?at=" + at);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#items li")));
    wait.until(ExpectedConditions.attributeToBe(By.id("atChosen"), "data-code", at));
  }

  private static void chooseItem(String search, String code) {
    browser.findElement(By.id("query")).sendKeys(search);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#items li[data-code='" + code + "']"))).click();
  }

  private static WebElement question(String fact) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#questionForm[data-fact='" + fact + "']")));
  }

  /** Types a region code (no picking from the list) and moves on with the button. */
  private static void typeCode(String fact, String code) {
    WebElement form = question(fact);
    form.findElement(By.id("answer")).sendKeys(code);
    browser.findElement(By.id("next")).click();
    wait.until(ExpectedConditions.stalenessOf(form));
  }

  /** Answers every question asked from {@code answers} until the notice shows. */
  private static void answerAll(Map<String, String> answers) {
    for (int i = 0; i < 10; i++) {
      wait.until(d -> !d.findElements(By.id("questionForm")).isEmpty() || d.findElement(By.id("notice")).isDisplayed());
      List<WebElement> forms = browser.findElements(By.id("questionForm"));
      if (forms.isEmpty()) {
        return;
      }
      WebElement form = forms.get(0);
      String fact = form.getAttribute("data-fact");
      assertThat(answers).as("the page asks %s", fact).containsKey(fact);
      List<WebElement> radios = form.findElements(By.cssSelector("input[type=radio][value='" + answers.get(fact) + "']"));
      if (radios.isEmpty()) {
        form.findElement(By.id("answer")).sendKeys(answers.get(fact));
      } else {
        radios.get(0).click();
      }
      browser.findElement(By.id("next")).click();
      wait.until(ExpectedConditions.stalenessOf(form));
    }
  }

  /** The answers summary: fact to the answer shown, in order. */
  @SuppressWarnings("unchecked")
  private static List<Map.Entry<String, String>> answers() {
    List<Object> rows = (List<Object>) ((JavascriptExecutor) browser).executeScript(
        "return [...document.querySelectorAll('#answers li')].map(li => [li.dataset.fact, li.querySelector('.a').textContent]);");
    return rows.stream().map(r -> (List<String>) r).map(r -> Map.entry(r.get(0), r.get(1))).toList();
  }
}
