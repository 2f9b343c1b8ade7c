-- Sales for the summary's situation section: each enterprise's annual sales and the industrial
-- sales of the campaign's area to compare them with, both in 10,000 yuan (万元) as the reports count.
-- Written for both H2 and MySQL/MariaDB.

ALTER TABLE enterprise ADD COLUMN annual_sales DECIMAL(14, 2);
ALTER TABLE campaign ADD COLUMN area_industry_sales DECIMAL(16, 2);
