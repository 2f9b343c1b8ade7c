package org.rectify.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.enterprise.UnifiedSocialCreditCode;

/**
 * The synthetic roster of the demo campaign: the town report's 117 chemical producers with its
 * revenue bands (40 above 5 M yuan, 22 from 2 to 5 M, 55 below 2 M; the 40 are the above-scale
 * ones) whose sales add up to the report's 4.88 bn yuan, and a product mix from DOMAIN.md: the city's flocking glue, paper-tube glue and silicone,
 * the eliminated lines, and the town's product list. Names, people and codes are invented; the
 * codes are valid and fixed, so seeding twice finds the same enterprises.
 */
final class DemoRoster {

    static final String TOWNSHIP = "新桥镇";
    /** the producers' sales in 10,000 yuan: 4.88 bn yuan */
    static final BigDecimal TOTAL_SALES = new BigDecimal("488000");
    /** the town's industrial sales in 10,000 yuan, of which the producers make 49 % */
    static final BigDecimal TOWN_INDUSTRY_SALES = new BigDecimal("996000");
    /** the town's producing enterprises of every industry, of which the 117 chemical producers are 18 % */
    static final int TOWN_PRODUCERS = 650;

    private record Product(String chinese, String english, String industry, int count) {
    }

    private static final String CHEMICALS = "化学原料和化学制品制造业";
    private static final String RUBBER_PLASTICS = "橡胶和塑料制品业";
    private static final List<Product> MIX = List.of(
            new Product("植绒胶", "flocking glue", CHEMICALS, 8),
            new Product("纸管胶", "paper-tube glue", CHEMICALS, 4),
            new Product("硅胶", "silicone", CHEMICALS, 5),
            new Product("双氧水", "hydrogen peroxide", CHEMICALS, 1),
            new Product("井冈霉素", "validamycin", CHEMICALS, 1),
            new Product("对羟基苯甲醛", "p-hydroxybenzaldehyde", CHEMICALS, 1),
            new Product("氧化钴、氧化镍", "cobalt and nickel oxides", CHEMICALS, 4),
            new Product("橡胶制品", "rubber products", RUBBER_PLASTICS, 8),
            new Product("橡塑制品", "rubber and plastic products", RUBBER_PLASTICS, 6),
            new Product("有机溶剂", "organic solvents", CHEMICALS, 6),
            new Product("消毒剂", "disinfectants", CHEMICALS, 4),
            new Product("化工助剂", "chemical auxiliaries", CHEMICALS, 7),
            new Product("试剂", "reagents", CHEMICALS, 3),
            new Product("柔软剂", "softeners", CHEMICALS, 3),
            new Product("生物生化制品", "biochemical products", CHEMICALS, 3),
            new Product("涂料", "coatings", CHEMICALS, 7),
            new Product("颜料", "pigments", CHEMICALS, 4),
            new Product("油漆", "paints", CHEMICALS, 5),
            new Product("电子焊料", "electronic solder", CHEMICALS, 3),
            new Product("净水剂", "water purifiers", CHEMICALS, 3),
            new Product("润滑剂", "lubricants", CHEMICALS, 4),
            new Product("乳胶", "latex", CHEMICALS, 3),
            new Product("胶水", "glue", CHEMICALS, 5),
            new Product("氧化锌", "zinc oxide", CHEMICALS, 3),
            new Product("医疗用品", "medical supplies", "医药制造业", 2),
            new Product("乒乓球", "table-tennis balls", RUBBER_PLASTICS, 1),
            new Product("油墨", "printing ink", CHEMICALS, 4),
            new Product("塑料母粒", "plastic masterbatch", RUBBER_PLASTICS, 4),
            new Product("其他化工产品", "other chemicals", CHEMICALS, 5));

    private static final String[][] TRADE_NAMES = {
            {"恒达", "Hengda"}, {"华盛", "Huasheng"}, {"金泰", "Jintai"}, {"宏源", "Hongyuan"}, {"新亚", "Xinya"},
            {"利民", "Limin"}, {"鑫达", "Xinda"}, {"瑞丰", "Ruifeng"}, {"天成", "Tiancheng"}, {"兴隆", "Xinglong"},
            {"嘉禾", "Jiahe"}, {"振华", "Zhenhua"}, {"三友", "Sanyou"}, {"联盛", "Liansheng"}, {"裕隆", "Yulong"},
            {"宝丰", "Baofeng"}, {"德胜", "Desheng"}, {"富源", "Fuyuan"}, {"海川", "Haichuan"}, {"汇通", "Huitong"},
            {"佳美", "Jiamei"}, {"锦程", "Jincheng"}, {"康达", "Kangda"}, {"龙腾", "Longteng"}, {"明辉", "Minghui"},
            {"南洋", "Nanyang"}, {"荣昌", "Rongchang"}, {"盛泰", "Shengtai"}, {"通达", "Tongda"}, {"万利", "Wanli"},
            {"祥和", "Xianghe"}, {"雅利", "Yali"}, {"泽润", "Zerun"}, {"春晖", "Chunhui"}, {"博远", "Boyuan"},
            {"晨光", "Chenguang"}, {"东升", "Dongsheng"}, {"飞跃", "Feiyue"}, {"国泰", "Guotai"}, {"皓月", "Haoyue"}};
    private static final String[] VILLAGES = {"东村", "西村", "南村", "北村", "河口村", "新桥村", "王庄村", "李家村",
            "沙湾村", "青石村", "石桥村", "柳塘村"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙",
            "朱", "马", "胡", "郭"};
    private static final String[] GIVEN_NAMES = {"建国", "国强", "志刚", "秀英", "伟", "芳", "敏", "军", "海峰", "建华",
            "丽华", "明", "永福", "桂兰", "晓东", "春生"};

    private DemoRoster() {
    }

    static List<EnterpriseDetails> producers() {
        Random random = new Random(117);
        List<RevenueBand> bands = new ArrayList<>();
        bands.addAll(Collections.nCopies(40, RevenueBand.ABOVE_5M));
        bands.addAll(Collections.nCopies(22, RevenueBand.FROM_2M_TO_5M));
        bands.addAll(Collections.nCopies(55, RevenueBand.BELOW_2M));
        Collections.shuffle(bands, random);
        List<Product> products = new ArrayList<>();
        MIX.forEach(p -> products.addAll(Collections.nCopies(p.count(), p)));
        List<BigDecimal> sales = sales(bands);
        Set<String> names = new HashSet<>();
        List<EnterpriseDetails> producers = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            producers.add(producer(i, products.get(i), bands.get(i), sales.get(i), random, names));
        }
        return producers;
    }

    /**
     * Sales inside each band (below 200, 200 to 500, above 500 ten-thousand yuan); the above-scale
     * producers share what is left of the total in proportion to random weights. A random source of
     * its own keeps the names and villages of the roster as they were before sales were added.
     */
    private static List<BigDecimal> sales(List<RevenueBand> bands) {
        Random random = new Random(488);
        long[] sales = new long[bands.size()];
        double[] weights = new double[bands.size()];
        long small = 0;
        double weightSum = 0;
        for (int i = 0; i < bands.size(); i++) {
            switch (bands.get(i)) {
                case BELOW_2M -> sales[i] = 20 + random.nextInt(175);
                case FROM_2M_TO_5M -> sales[i] = 200 + random.nextInt(300);
                case ABOVE_5M -> {
                    weights[i] = 0.4 + random.nextDouble();
                    weightSum += weights[i];
                }
            }
            small += sales[i];
        }
        long left = TOTAL_SALES.longValueExact() - small;
        int last = -1;
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i) == RevenueBand.ABOVE_5M) {
                sales[i] = Math.round(left * weights[i] / weightSum);
                last = i;
            }
        }
        sales[last] += TOTAL_SALES.longValueExact() - Arrays.stream(sales).sum();
        return Arrays.stream(sales).mapToObj(BigDecimal::valueOf).toList();
    }

    private static EnterpriseDetails producer(int i, Product product, RevenueBand band, BigDecimal sales,
                                              Random random, Set<String> names) {
        boolean aboveScale = band == RevenueBand.ABOVE_5M;
        String village = VILLAGES[random.nextInt(VILLAGES.length)];
        String[] trade = TRADE_NAMES[(i * 7) % TRADE_NAMES.length];
        String name = trade[0] + product.chinese().replace("、", "") + (aboveScale ? "有限公司" : "厂");
        if (!names.add(name)) {
            name = trade[0] + village + product.chinese().replace("、", "") + (aboveScale ? "有限公司" : "厂");
            names.add(name);
        }
        String english = trade[1] + " " + product.english() + (aboveScale ? " Co., Ltd." : " works");
        int employees = switch (band) {
            case ABOVE_5M -> 40 + random.nextInt(160);
            case FROM_2M_TO_5M -> 15 + random.nextInt(45);
            case BELOW_2M -> 3 + random.nextInt(17);
        };
        BigDecimal area = BigDecimal.valueOf(employees * (8 + random.nextInt(12)), 1);
        LocalDate eia = random.nextInt(10) == 0 ? null : LocalDate.of(1994 + random.nextInt(22), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        LocalDate safety = random.nextInt(7) == 0 ? null : LocalDate.of(2005 + random.nextInt(12),
                1 + random.nextInt(12), 1 + random.nextInt(28));
        return new EnterpriseDetails(creditCode(i), name + " " + english, TOWNSHIP, village,
                TOWNSHIP + village + "工业路" + (1 + random.nextInt(98)) + "号",
                SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)],
                String.format("0512-5555 %04d", 1000 + i), product.industry(), product.chinese(), band, aboveScale,
                employees, area, BusinessType.PRODUCER, eia, safety, sales);
    }

    /** 91 (enterprise), an invented division 320599, MA and a serial, then the check character. */
    static String creditCode(int i) {
        String first17 = "91320599MA" + String.format("%07d", i + 1);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
