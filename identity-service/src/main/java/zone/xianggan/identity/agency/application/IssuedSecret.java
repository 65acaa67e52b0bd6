package zone.xianggan.identity.agency.application;

import zone.xianggan.identity.agency.model.AgencyAccount;

/** An agency with the secret just issued to it: the only moment the plain secret exists outside the caller. */
public record IssuedSecret(AgencyAccount account, String clientSecret) {

    @Override
    public String toString() {
        return "IssuedSecret[" + account.id() + ", clientSecret=***]";
    }
}
