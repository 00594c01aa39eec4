package id.kembar.common.money;

import id.kembar.common.validation.CurrencyCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "An amount of money: a decimal string (no exponent, at most 2 decimals) and an ISO 4217 currency.")
public record Money(
        @Schema(
                        description = "The amount as a decimal string, so that no precision is lost in transit.",
                        pattern = Money.AMOUNT_PATTERN,
                        example = "1500000000")
                @NotNull
                @Pattern(
                        regexp = Money.AMOUNT_PATTERN,
                        message = "must be a decimal string with at most 15 digits before "
                                + "and 2 after the point, such as \"1500000000\" or \"250.50\"")
                String amount,
        @Schema(description = "ISO 4217 currency code.", pattern = "^[A-Z]{3}$", example = "IDR") @NotNull @CurrencyCode
                String currency) {

    public static final String AMOUNT_PATTERN = "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$";

    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.stripTrailingZeros().toPlainString(), currency);
    }

    /**
     * The amount with the two decimals the database keeps, so that "1500000.5" and the stored 1500000.50 are one
     * value (a scale of their own would make every write of a read-back amount a change).
     */
    public BigDecimal toBigDecimal() {
        return new BigDecimal(amount).setScale(2);
    }
}
