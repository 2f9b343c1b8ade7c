-- The number of producing enterprises of every industry in the campaign's area: the town report
-- states its chemical producers as a share of them ("占全镇生产企业的18%").
ALTER TABLE campaign ADD COLUMN area_producers INT;
