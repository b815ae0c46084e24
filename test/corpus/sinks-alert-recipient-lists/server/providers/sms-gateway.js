const axios = require("axios");

// Operators list the numbers to alert, comma separated, in the provider's settings.
class SmsGatewayProvider {
    async send(settings, alertText) {
        const numbers = settings.alertNumbers
            .split(",")
            .map((n) => n.trim())
            .filter((n) => n.length > 0);

        await Promise.all(
            numbers.map((number) =>
                axios.post("https://api.smsgateway.example/v2/messages", {
                    number,
                    message: alertText.slice(0, 160),
                }, { headers: { Authorization: `Bearer ${settings.apiToken}` } })
            )
        );
    }
}

module.exports = SmsGatewayProvider;
