package org.rectify.campaign;

import jakarta.validation.Validator;
import org.rectify.campaign.LedgerReader.Ledger;
import org.rectify.campaign.LedgerReader.LedgerRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports the survey ledger (台账) from .xlsx: every row is checked first, then all rows are
 * imported in one transaction, or none and the caller gets every problem at once.
 */
@Service
public class RosterImport {

    private final Roster roster;
    private final LedgerReader reader;

    RosterImport(Roster roster, Validator validator,
                 @Value("${rectify.campaign.import.max-size:5MB}") DataSize maxSize,
                 @Value("${rectify.campaign.import.max-rows:20000}") int maxRows) {
        this.roster = roster;
        this.reader = new LedgerReader(maxSize.toBytes(), maxRows, validator);
    }

    /** The empty ledger to fill in. */
    public byte[] template() {
        return LedgerTemplate.workbook();
    }

    /** @throws RosterImportException listing every bad row when anything is wrong; nothing is imported then */
    public ImportReport importLedger(Long campaignId, byte[] file, String userId) {
        roster.requireCampaign(campaignId);
        Ledger ledger = reader.read(file);
        if (!ledger.errors().isEmpty()) {
            throw new RosterImportException(ledger.errors());
        }
        return roster.addAll(campaignId, ledger.rows().stream().map(LedgerRow::details).toList(), userId);
    }
}
