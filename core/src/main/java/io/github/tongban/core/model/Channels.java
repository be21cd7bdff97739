package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The channels and conveniences an item offers (办理渠道与便民服务).
 *
 * @param appointment whether an appointment can be made (预约)
 * @param onlinePayment whether fees can be paid online (网上支付)
 * @param express whether materials and results travel by express delivery (物流快递)
 * @param selfServiceTerminal whether a self-service terminal handles it (自助终端)
 * @param onSiteReason why the applicant must come in person (必须现场办理原因); required when trips are needed
 * @param onlineUrl where it is handled online (网办地址)
 */
public record Channels(
    Optional<Appointment> appointment,
    boolean onlinePayment,
    Optional<Express> express,
    boolean selfServiceTerminal,
    Optional<String> onSiteReason,
    Optional<OnlineUrl> onlineUrl) {
  public Channels {
    Objects.requireNonNull(appointment, "appointment");
    Objects.requireNonNull(express, "express");
    Objects.requireNonNull(onSiteReason, "onSiteReason");
    Objects.requireNonNull(onlineUrl, "onlineUrl");
  }

  /**
   * Appointments (预约).
   *
   * @param supported whether an appointment can be made
   * @param dailyQuota how many appointments a day (每日可预约量)
   * @param rules the rules for appointments
   */
  public record Appointment(boolean supported, Optional<Integer> dailyQuota, Optional<String> rules) {
    public Appointment {
      Objects.requireNonNull(dailyQuota, "dailyQuota");
      Objects.requireNonNull(rules, "rules");
      if (dailyQuota.isPresent() && dailyQuota.get() < 1) {
        throw new IllegalArgumentException("daily appointment quota %d must be at least 1".formatted(dailyQuota.get()));
      }
    }
  }

  /**
   * Express delivery (物流快递).
   *
   * @param materials whether materials may be sent in by express
   * @param results whether the result is sent out by express
   */
  public record Express(boolean materials, boolean results) {}

  /**
   * Where the item is handled online (网办地址); https addresses only.
   *
   * @param pc the address for a computer
   * @param mobile the address for a mobile phone
   */
  public record OnlineUrl(Optional<String> pc, Optional<String> mobile) {
    public OnlineUrl {
      Objects.requireNonNull(pc, "pc");
      Objects.requireNonNull(mobile, "mobile");
    }
  }
}
