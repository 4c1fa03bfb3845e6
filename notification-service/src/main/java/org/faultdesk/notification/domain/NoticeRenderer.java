package org.faultdesk.notification.domain;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import org.faultdesk.events.EscalationRole;
import org.faultdesk.events.SlaClocks;

/**
 * Renders a notice from its Qute template ({@code templates/<notice>.<language>.txt}, first line the
 * subject). Parameters are stored as plain strings; by convention a key ending in {@code At} holds
 * an instant (shown in local time) and one ending in {@code For} a duration (shown in words).
 */
public final class NoticeRenderer {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A rendered message: the subject is the e-mail's, the body is the text of every channel. */
    public record Rendered(String subject, String body) {

        /** Subject and body in one text, for channels without a subject line (SMS, the feed). */
        public String text() {
            return subject + "\n" + body;
        }
    }

    private final Function<String, Template> templates;
    private final ZoneId zone;

    /**
     * @param templates the template of a name such as {@code escalation.en.txt}, or null when there is
     *                  none (quarkus-qute's engine in the service, which has checked them at build time)
     */
    public NoticeRenderer(Function<String, Template> templates, ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    /** The languages templates exist for; anything else gets Simplified Chinese. */
    public static String supportedLanguage(String language) {
        return language != null && language.toLowerCase().startsWith("en") ? ENGLISH : CHINESE;
    }

    public Rendered render(Notice notice, String language, Map<String, String> params) {
        String lang = supportedLanguage(language);
        String name = notice.templateName() + "." + lang + ".txt";
        Template template = templates.apply(name);
        if (template == null) {
            throw new IllegalStateException("no template templates/" + name);
        }
        TemplateInstance instance = template.instance();
        params.forEach((key, value) -> instance.data(key, present(key, value, lang)));
        if (params.containsKey("role")) {
            instance.data("roleName", roleName(EscalationRole.valueOf(params.get("role")), lang));
        }
        instance.data("deadlineName", deadlineName(params.get("clock"), lang));
        String text = instance.render().strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? new Rendered(text, "") : new Rendered(text.substring(0, newline), text.substring(newline + 1));
    }

    private String present(String key, String value, String lang) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (key.endsWith("At")) {
            return TIME.format(Instant.parse(value).atZone(zone));
        }
        if (key.endsWith("For")) {
            return words(Duration.parse(value), lang);
        }
        return value;
    }

    static String words(Duration duration, String lang) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        boolean zh = CHINESE.equals(lang);
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(zh ? "小时" : " h");
        }
        if (minutes > 0 || hours == 0) {
            text.append(zh || hours == 0 ? "" : " ").append(minutes).append(zh ? "分钟" : " min");
        }
        return text.toString();
    }

    /**
     * What the deadline of an SLA message is called: the restore deadline, or one of the response
     * deadlines beside it (sla-monitor's response milestones; a message queued before clocks were
     * named is about the restore deadline).
     */
    static String deadlineName(String clock, String lang) {
        boolean zh = CHINESE.equals(lang);
        return switch (SlaClocks.orRestore(clock)) {
            case SlaClocks.RESTORE -> zh ? "业务恢复时限" : "Restore deadline";
            case "work-order" -> zh ? "派单时限" : "Work order deadline";
            case "complaint-reply" -> zh ? "投诉回复时限" : "Complaint reply deadline";
            case "visit-booked" -> zh ? "上门预约时限" : "Visit booking deadline";
            default -> zh ? "响应时限（" + clock + "）" : "Response deadline (" + clock + ")";
        };
    }

    private static String roleName(EscalationRole role, String lang) {
        boolean zh = CHINESE.equals(lang);
        return switch (role) {
            case TEAM_LEAD -> zh ? "班组长" : "team lead";
            case DUTY_MANAGER -> zh ? "值班经理" : "duty manager";
            case AREA_MANAGER -> zh ? "区域经理" : "area manager";
            case CUSTOMER_SERVICE_CENTRE -> zh ? "客服中心" : "customer-service centre";
            case CONTROL_CENTRE -> zh ? "管控中心" : "control centre";
            case PROVINCE_OPERATIONS -> zh ? "省运维" : "province operations";
            case HEADQUARTERS -> zh ? "总部" : "headquarters";
        };
    }
}
