package io.github.tongban.core.model;

import java.util.List;

/**
 * Where an item is found when browsing (主题分类): by topic for natural persons and for legal
 * persons, and by life event (人生事件).
 *
 * @param naturalPerson the topics for natural persons (面向自然人), e.g. 社会救助
 * @param legalPerson the topics for legal persons (面向法人), e.g. 设立变更
 * @param lifeEvents the life events, e.g. 退休养老
 */
public record Topics(List<String> naturalPerson, List<String> legalPerson, List<String> lifeEvents) {
  public Topics {
    naturalPerson = List.copyOf(naturalPerson);
    legalPerson = List.copyOf(legalPerson);
    lifeEvents = List.copyOf(lifeEvents);
  }
}
