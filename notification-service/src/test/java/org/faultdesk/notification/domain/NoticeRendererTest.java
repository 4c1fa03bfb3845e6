package org.faultdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The templates and their rendering, without Quarkus: a standalone Qute engine set up as
 * quarkus-qute sets up the service's (standalone lines removed), reading the same files.
 */
class NoticeRendererTest {

    private static final Engine ENGINE = Engine.builder().addDefaults().removeStandaloneLines(true).build();

    private final NoticeRenderer renderer = new NoticeRenderer(NoticeRendererTest::template, ZoneId.of("Asia/Shanghai"));

    private static Template template(String name) {
        try (InputStream in = NoticeRendererTest.class.getResourceAsStream("/templates/" + name)) {
            return in == null ? null : ENGINE.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> escalation() {
        Map<String, String> params = new HashMap<>();
        params.put("ticketId", "TT-2026-000123");
        params.put("tier", "AAA");
        params.put("serviceType", "INTERNET_LEASED_LINE");
        params.put("areaCode", "GZ-TIANHE-03");
        params.put("level", "2");
        params.put("role", "AREA_MANAGER");
        params.put("deadlineAt", "2026-11-23T12:15:00Z");
        params.put("dueAt", "2026-11-23T13:45:00Z");
        params.put("overdueFor", "PT1H30M");
        params.put("elapsedPercent", "137");
        params.put("critical", "true");
        params.put("repeatEveryFor", "PT15M");
        params.put("escalationId", "95faa231");
        params.put("repeat", "0");
        return params;
    }

    @Test
    void chineseIsTheDefaultWithLocalTimes() {
        NoticeRenderer.Rendered text = renderer.render(Notice.ESCALATION, null, escalation());

        assertThat(text.subject()).contains("TT-2026-000123", "第2级", "区域经理").doesNotContain("提醒");
        assertThat(text.body()).contains("AAA", "2026-11-23 20:15", "1小时30分钟", "137%", "每15分钟");
    }

    @Test
    void anSlaMessageNamesTheDeadlineItIsAbout() {
        assertThat(renderer.render(Notice.ESCALATION, null, escalation()).body())
                .as("no clock named: the restore deadline").contains("业务恢复时限：2026-11-23 20:15");
        Map<String, String> workOrder = escalation();
        workOrder.put("clock", "work-order");
        assertThat(renderer.render(Notice.ESCALATION, "en", workOrder).body())
                .contains("Work order deadline: 2026-11-23 20:15").doesNotContain("Restore deadline");
        workOrder.put("clock", "callback-made");
        workOrder.put("technicianId", "TECH-GZ-0219");
        assertThat(renderer.render(Notice.SLA_WARNING, "zh-CN", workOrder).body())
                .contains("响应时限（callback-made）：2026-11-23 20:15");
    }

    @Test
    void englishOnRequestAndRepeatsAreMarked() {
        Map<String, String> params = escalation();
        params.put("repeat", "2");

        NoticeRenderer.Rendered text = renderer.render(Notice.ESCALATION, "en", params);

        assertThat(text.subject()).contains("reminder 2", "area manager");
        assertThat(text.body()).contains("Restore deadline: 2026-11-23 20:15", "overdue by: 1 h 30 min");
    }

    @Test
    void everyCustomerNoticeRendersInBothLanguages() {
        Map<String, String> params = new HashMap<>();
        params.put("ticketId", "TT-1");
        params.put("customerName", "Zhang");
        params.put("hotline", "10010");
        params.put("deadlineAt", "2026-11-23T12:15:00Z");
        params.put("technicianName", "Wang");
        params.put("appointmentStartAt", "2026-11-24T01:00:00Z");
        params.put("appointmentEndAt", "2026-11-24T03:00:00Z");
        params.put("resolvedAt", "2026-11-23T10:00:00Z");
        params.put("reason", "REBOOKED");
        for (Notice notice : Notice.values()) {
            if (!notice.forCustomer()) {
                continue;
            }
            for (String language : new String[] {"zh-CN", "en"}) {
                NoticeRenderer.Rendered text = renderer.render(notice, language, params);
                assertThat(text.text()).as(notice + " " + language).contains("TT-1").doesNotContain("{");
            }
        }
        assertThat(renderer.render(Notice.DELAY, "zh-CN", params).body()).contains("改约", "2026-11-24 09:00");
    }

    @Test
    void theMajorIncidentReportCarriesWhatTheCentresNeed() {
        Map<String, String> params = new HashMap<>();
        params.put("ticketId", "TT-9");
        params.put("incidentId", "MI-1");
        params.put("areaCode", "GZ-TIANHE-03");
        params.put("serviceType", "HOME_BROADBAND");
        params.put("symptom", "no internet");
        params.put("ticketCount", "12");
        params.put("windowStartAt", "2026-11-23T01:00:00Z");
        params.put("windowEndAt", "2026-11-23T01:30:00Z");
        params.put("dispatchedCount", "3");
        params.put("resolvedCount", "1");
        params.put("expectedAt", "");

        String text = renderer.render(Notice.MAJOR_INCIDENT, "zh-CN", params).text();

        assertThat(text).contains("no internet", "12 张工单", "已派单 3 张", "已恢复 1 张", "预计完成时间：待定");
    }

    @Test
    void durationsInWords() {
        assertThat(NoticeRenderer.words(Duration.ZERO, "en")).isEqualTo("0 min");
        assertThat(NoticeRenderer.words(Duration.ofHours(2), "zh-CN")).isEqualTo("2小时");
        assertThat(NoticeRenderer.words(Duration.ofMinutes(125), "en")).isEqualTo("2 h 5 min");
    }
}
