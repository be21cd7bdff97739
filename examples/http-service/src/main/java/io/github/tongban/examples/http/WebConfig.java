package io.github.tongban.examples.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files: the clerk's page at {@code /} (and {@code /index.html}), its script and style,
 * and {@code /openapi.json}, each named (Spring Boot's catch-all static mapping is off, so that any
 * other path is an unknown route, 404, whatever the method). They may be cached but are revalidated
 * on every use ({@code no-cache} with {@code Last-Modified}), so a new version is seen at once.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/index.html", "/clerk.js", "/clerk.css", "/openapi.json").addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache());
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/").setViewName("forward:/index.html");
  }
}
