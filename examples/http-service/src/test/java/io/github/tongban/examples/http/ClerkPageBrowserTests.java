package io.github.tongban.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the window clerk's page in headless Chromium (Debian's chromium and chromium-driver):
 * search an item, answer the questions the engine asks, and check the one-time notice. Skipped,
 * with a message, where Chromium is not installed.
 */
class ClerkPageBrowserTests {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  @Test
  void aClerkAnswersTheQuestionsAndGetsTheOneTimeNotice() throws Exception {
    Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
        "Chromium is not installed (apt-get install chromium chromium-driver): the browser test is skipped");
    try (DecisionService service = DecisionService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        () -> SampleCatalogue.load(CatalogueLoader.withDefaults()))) {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1000,1100",
          "--user-data-dir=" + Files.createTempDirectory("tongban-chromium-"));
      ChromeDriverService driverService = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
      WebDriver browser = new ChromeDriver(driverService, options);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + service.port() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#items li")));
        browser.findElement(By.id("query")).sendKeys("高龄");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li"), 1));
        browser.findElement(By.cssSelector("#items li[data-code='620300-MZ-002']")).click();

        answer(browser, wait, "householdRegion", "620302001001");
        answer(browser, wait, "age", "82");
        answer(browser, wait, "agentApplies", "false");

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("符合条件");
        assertThat(notice.findElement(By.cssSelector("#materials del")).getText()).isEqualTo("居民身份证");
        assertThat(notice.getText()).contains("免提交:由公安部门居民身份证电子证照提供").contains("可容缺:最迟")
            .contains("异地代收代办").contains("金川区民政局").contains("承诺 5 个工作日");
        assertThat(browser.findElement(By.id("print")).isDisplayed()).isTrue();
        Path shot = Path.of("target", "clerk-page.png");
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.quit();
      }
    }
  }

  private static void answer(WebDriver browser, WebDriverWait wait, String fact, String value) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answer[data-fact='" + fact + "']")));
    if (input.getTagName().equals("select")) {
      new Select(input).selectByValue(value);
    } else {
      input.sendKeys(value);
    }
    browser.findElement(By.id("next")).click();
    wait.until(ExpectedConditions.stalenessOf(input));
  }
}
