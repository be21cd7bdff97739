package io.github.tongban.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application that has nothing of its own: everything tongban comes from the starter. */
@SpringBootApplication
public class StarterApplication {}
