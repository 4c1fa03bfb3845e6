package org.faultdesk.platform.simulator;

import java.util.List;
import org.faultdesk.platform.simulator.DemoArea.Staffing;

/** The areas of the demo: four staffed by dispatch's demo technicians, one short, two with nobody. */
public final class DemoAreas {

    public static final DemoArea GZ_TIANHE_03 = new DemoArea("GZ-TIANHE-03", "Guangzhou", "020", Staffing.STAFFED);
    public static final DemoArea GZ_TIANHE_04 = new DemoArea("GZ-TIANHE-04", "Guangzhou", "020", Staffing.STAFFED);
    public static final DemoArea GZ_HAIZHU_01 = new DemoArea("GZ-HAIZHU-01", "Guangzhou", "020", Staffing.STAFFED);
    public static final DemoArea SZ_NANSHAN_02 = new DemoArea("SZ-NANSHAN-02", "Shenzhen", "0755", Staffing.STAFFED);
    public static final DemoArea FS_CHANCHENG_01 = new DemoArea("FS-CHANCHENG-01", "Foshan", "0757", Staffing.SHORT);
    public static final DemoArea GZ_BAIYUN_02 = new DemoArea("GZ-BAIYUN-02", "Guangzhou", "020", Staffing.NONE);
    public static final DemoArea SZ_FUTIAN_01 = new DemoArea("SZ-FUTIAN-01", "Shenzhen", "0755", Staffing.NONE);

    public static final List<DemoArea> ALL = List.of(GZ_TIANHE_03, GZ_TIANHE_04, GZ_HAIZHU_01, SZ_NANSHAN_02,
            FS_CHANCHENG_01, GZ_BAIYUN_02, SZ_FUTIAN_01);

    private DemoAreas() {
    }

    public static List<DemoArea> staffed(Staffing staffing) {
        return ALL.stream().filter(a -> a.staffing() == staffing).toList();
    }
}
