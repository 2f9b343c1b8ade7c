package org.rectify.inspection;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of the special-equipment catalogue (特种设备目录) with their catalogue codes. */
public enum EquipmentKind {
    BOILER("1000", "锅炉", "Boiler"),
    PRESSURE_VESSEL("2000", "压力容器", "Pressure vessel"),
    GAS_CYLINDER("2300", "气瓶", "Gas cylinder"),
    LIFT("3000", "电梯", "Lift"),
    CRANE("4000", "起重机械", "Crane"),
    IN_PLANT_VEHICLE("5000", "场（厂）内专用机动车辆", "In-plant motor vehicle"),
    AMUSEMENT_RIDE("6000", "大型游乐设施", "Large amusement ride"),
    PRESSURE_PIPING("8000", "压力管道", "Pressure piping"),
    PASSENGER_ROPEWAY("9000", "客运索道", "Passenger ropeway");

    private final String code;
    private final String chinese;
    private final String english;

    EquipmentKind(String code, String chinese, String english) {
        this.code = code;
        this.chinese = chinese;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    public String label() {
        return chinese + " " + english;
    }

    /** By its code name (LIFT), its catalogue code (3000) or its Chinese name (电梯). */
    public static Optional<EquipmentKind> parse(String text) {
        String value = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(value) || k.code.equals(value)
                || k.chinese.equals(value) || k.label().equals(value)).findFirst();
    }
}
