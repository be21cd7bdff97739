package io.github.tongban.examples.http;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files: the clerk's page at {@code /} (and {@code /index.html}), its script and style,
 * and {@code /openapi.json}, each named (Spring Boot's catch-all static mapping is off, so that any
 * other path is an unknown route, 404, whatever the method). They may be cached but are revalidated
 * on every use ({@code no-cache}) by an ETag of their content: not by their time, which is the
 * build's fixed timestamp (reproducible jars) and would not change with a new page.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {
  static final String[] FILES = {"/index.html", "/clerk.js", "/clerk.css", "/openapi.json"};

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler(FILES).addResourceLocations("classpath:/static/").setCacheControl(CacheControl.noCache())
        .setUseLastModified(false);
  }

  /** The ETag of each static file's content, and 304 when the client has it already. */
  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> staticEtags() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    etags.addUrlPatterns(""); // the servlet pattern of the root alone: the clerk's page
    etags.addUrlPatterns(FILES);
    return etags;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/").setViewName("forward:/index.html");
  }
}
