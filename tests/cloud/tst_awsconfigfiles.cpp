// Reading the AWS CLI's ~/.aws/config and ~/.aws/credentials as botocore does, and the AWS_*
// environment: profiles and their keys, the unsupported ones with a reason, and every malformed line
// a warning naming its file and line.
#undef QT_NO_CAST_FROM_ASCII
#include "cloud/awsconfigfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Pd;

namespace {

AwsConfigText text(const QString &path, const QByteArray &contents)
{
    return {path, contents, true};
}

const AwsConfigText noFile{"none", {}, false};

QProcessEnvironment env(const QList<std::pair<QString, QString>> &values = {})
{
    QProcessEnvironment e;
    for (const auto &[k, v] : values)
        e.insert(k, v);
    return e;
}

QStringList warningTexts(const AwsConfigImport &r)
{
    QStringList out;
    for (const AwsConfigWarning &w : r.warnings)
        out << w.text();
    return out;
}

QString reasonOf(const AwsConfigImport &r, const QString &name)
{
    for (const UnsupportedProfile &u : r.unsupported) {
        if (u.name == name)
            return u.reason;
    }
    return "(not unsupported)";
}

const char *const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

} // namespace

class TestAwsConfigFiles : public QObject
{
    Q_OBJECT

private slots:
    void staticAndRoleProfiles()
    {
        const auto r = parseAwsConfig(text("config", "[default]\n"
                                                     "region = us-east-1\n"
                                                     "output = json\n"
                                                     "\n"
                                                     "[profile prod]\n"
                                                     "region = eu-central-1\n"
                                                     "role_arn = arn:aws:iam::123456789012:role/Admin\n"
                                                     "source_profile = default\n"
                                                     "external_id = ext-42\n"
                                                     "role_session_name = desk\n"
                                                     "duration_seconds = 7200\n"
                                                     "mfa_serial = arn:aws:iam::111111111111:mfa/me\n"),
                                      text("credentials", QByteArray("[default]\n"
                                                                     "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                                                                     "aws_secret_access_key = ")
                                                              + secret + "\n"),
                                      env());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(warningTexts(r).join('\n')));
        QVERIFY(r.unsupported.isEmpty());
        QCOMPARE(r.profiles.size(), 2);
        const ImportedProfile *d = r.find("default");
        QVERIFY(d);
        QCOMPARE(d->profile.kind, ProfileKind::Static);
        QCOMPARE(d->profile.region, "us-east-1");
        QCOMPARE(d->credentials.accessKeyId, "AKIAIOSFODNN7EXAMPLE");
        QCOMPARE(d->credentials.secretAccessKey, QString::fromLatin1(secret));
        QCOMPARE(d->origin, "config:1");
        const ImportedProfile *p = r.find("prod");
        QVERIFY(p);
        QCOMPARE(p->profile.kind, ProfileKind::AssumeRole);
        QCOMPARE(p->profile.roleArn, "arn:aws:iam::123456789012:role/Admin");
        QCOMPARE(p->profile.sourceProfile, "default");
        QCOMPARE(p->profile.externalId, "ext-42");
        QCOMPARE(p->profile.roleSessionName, "desk");
        QCOMPARE(p->profile.durationSeconds, 7200);
        QCOMPARE(p->profile.mfaSerial, "arn:aws:iam::111111111111:mfa/me");
        QVERIFY(p->credentials.accessKeyId.isEmpty());
    }

    void theCredentialsFileWinsKeyByKey()
    {
        const auto r = parseAwsConfig(text("config", "[profile a]\n"
                                                     "region = us-west-2\n"
                                                     "aws_access_key_id = FROMCONFIG\n"
                                                     "aws_secret_access_key = configsecret\n"),
                                      text("credentials", "[a]\naws_access_key_id = FROMCREDENTIALS\n"), env());
        QCOMPARE(r.profiles.size(), 1);
        QCOMPARE(r.profiles[0].credentials.accessKeyId, "FROMCREDENTIALS");
        QCOMPARE(r.profiles[0].credentials.secretAccessKey, "configsecret");
        QCOMPARE(r.profiles[0].profile.region, "us-west-2");
    }

    void iniAsPythonReadsIt()
    {
        // CRLF, a BOM, ":" as delimiter, keys in any case, indented comments, [profile default].
        const auto r = parseAwsConfig(text("config", "\xEF\xBB\xBF# top comment\r\n"
                                                     "[profile   spaced]\r\n"
                                                     "  ; indented comment\r\n"
                                                     "REGION: ap-northeast-2\r\n"
                                                     "Aws_Access_Key_Id=AKIAEXAMPLE\r\n"
                                                     "aws_secret_access_key =abc/def+ghi\r\n"
                                                     "[profile default]\n"
                                                     "region = us-east-2\n"),
                                      text("credentials", "[default]\naws_access_key_id=A1\naws_secret_access_key=s1\n"),
                                      env());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(warningTexts(r).join('\n')));
        const ImportedProfile *s = r.find("spaced");
        QVERIFY(s);
        QCOMPARE(s->profile.region, "ap-northeast-2");
        QCOMPARE(s->credentials.accessKeyId, "AKIAEXAMPLE");
        QCOMPARE(s->credentials.secretAccessKey, "abc/def+ghi");
        QVERIFY(r.find("default"));
        QCOMPARE(r.find("default")->profile.region, "us-east-2");
    }

    void malformedLinesAreWarningsNamingFileAndLine()
    {
        const auto r = parseAwsConfig(text("/home/u/.aws/config", "region = us-east-1\n"
                                                                  "[default]\n"
                                                                  "region = us-east-1\n"
                                                                  "this is not a setting\n"
                                                                  "[profile broken\n"
                                                                  "region = us-east-1\n"
                                                                  "[notaprofile]\n"
                                                                  "region = us-east-1\n"
                                                                  "= value without key\n"),
                                      text("/home/u/.aws/credentials", QByteArray("[default]\n"
                                                                                  "aws_access_key_id = AKIA1\n"
                                                                                  "aws_secret_access_key = ")
                                                                           + secret + "\n"
                                                                           "aws_access_key_id = AKIA2\n"),
                                      env());
        const QStringList w = warningTexts(r);
        QCOMPARE(w.size(), 6);
        QVERIFY2(w[0].startsWith("/home/u/.aws/config:1: "), qPrintable(w[0]));
        QVERIFY(w[0].contains("before any [section]"));
        QVERIFY2(w[1].startsWith("/home/u/.aws/config:4: "), qPrintable(w[1]));
        QVERIFY2(w[2].startsWith("/home/u/.aws/config:5: "), qPrintable(w[2]));
        QVERIFY2(w[3].startsWith("/home/u/.aws/config:9: "), qPrintable(w[3]));
        // The config file's sections are read before the credentials file is.
        QVERIFY2(w[4].startsWith("/home/u/.aws/config:7: "), qPrintable(w[4]));
        QVERIFY(w[4].contains("[profile notaprofile]"));
        QVERIFY2(w[5].startsWith("/home/u/.aws/credentials:4: "), qPrintable(w[5]));
        QVERIFY(w[5].contains("set twice"));
        // The later value wins, as in botocore.
        QCOMPARE(r.find("default")->credentials.accessKeyId, "AKIA2");
        for (const QString &line : w)
            QVERIFY(!line.contains(QLatin1String(secret)));
    }

    void unsupportedProfilesAreListedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("reason");
        QTest::newRow("sso") << QByteArray("sso_start_url = https://x.awsapps.com/start\nsso_region = us-east-1\n")
                             << "IAM Identity Center";
        QTest::newRow("sso session") << QByteArray("sso_session = corp\n") << "IAM Identity Center";
        QTest::newRow("credential_process") << QByteArray("credential_process = /bin/get-keys\n")
                                            << "credential_process";
        QTest::newRow("web identity") << QByteArray("role_arn = arn:aws:iam::123456789012:role/R\n"
                                                    "web_identity_token_file = /t\n")
                                      << "web_identity_token_file";
        QTest::newRow("credential_source") << QByteArray("role_arn = arn:aws:iam::123456789012:role/R\n"
                                                         "credential_source = Ec2InstanceMetadata\n")
                                           << "credential_source = Ec2InstanceMetadata";
        QTest::newRow("role without source") << QByteArray("role_arn = arn:aws:iam::123456789012:role/R\n")
                                             << "no source_profile";
        QTest::newRow("nothing") << QByteArray("output = json\n") << "no credentials";
        QTest::newRow("half keys") << QByteArray("aws_access_key_id = AKIA\n") << "no aws_secret_access_key";
        QTest::newRow("no region") << QByteArray("aws_access_key_id = AKIA\naws_secret_access_key = s\n")
                                   << "no region";
        QTest::newRow("bad region") << QByteArray("region = Seoul\naws_access_key_id = A\naws_secret_access_key = s\n")
                                    << "region: “Seoul” is not a region";
        QTest::newRow("bad role arn") << QByteArray("region = us-east-1\nrole_arn = arn:aws:iam::1:user/x\n"
                                                    "source_profile = other\n")
                                      << "role_arn: “arn:aws:iam::1:user/x” is not an IAM role ARN";
        QTest::newRow("own source") << QByteArray("region = us-east-1\nrole_arn = arn:aws:iam::123456789012:role/R\n"
                                                  "source_profile = x\n")
                                    << "its own source profile";
        QTest::newRow("duration") << QByteArray("region = us-east-1\nrole_arn = arn:aws:iam::123456789012:role/R\n"
                                                "source_profile = other\nduration_seconds = 60\n")
                                  << "duration_seconds: 60 is out of range";
        QTest::newRow("endpoint") << QByteArray("region = us-east-1\naws_access_key_id = A\naws_secret_access_key = s\n"
                                                "endpoint_url = localhost:4566\n")
                                  << "endpoint_url: “localhost:4566” is not an endpoint URL";
    }

    void unsupportedProfilesAreListedWithAReason()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, reason);
        const auto r = parseAwsConfig(text("config", "[profile x]\n" + config), noFile, env());
        QVERIFY(!r.find("x"));
        QCOMPARE(r.unsupported.size(), 1);
        QCOMPARE(r.unsupported[0].name, "x");
        QCOMPARE(r.unsupported[0].origin, "config:1");
        QVERIFY2(r.unsupported[0].reason.contains(reason), qPrintable(r.unsupported[0].reason));
    }

    void nestedSettingsAreSkippedWithAWarningAndServicesGiveEndpoints()
    {
        const auto r = parseAwsConfig(text("config", "[profile local]\n"
                                                     "region = us-east-1\n"
                                                     "endpoint_url = http://localhost:4566\n"
                                                     "services = emulator\n"
                                                     "s3 =\n"
                                                     "  max_concurrent_requests = 10\n"
                                                     "aws_access_key_id = test\n"
                                                     "aws_secret_access_key = test\n"
                                                     "[services emulator]\n"
                                                     "sagemaker =\n"
                                                     "  endpoint_url = http://localhost:5000\n"
                                                     "eventbridge =\n"
                                                     "  endpoint_url = http://localhost:5001\n"
                                                     "dynamodb =\n"
                                                     "  endpoint_url = http://localhost:8000\n"),
                                      noFile, env());
        const QStringList w = warningTexts(r);
        QCOMPARE(w.size(), 1);
        QVERIFY2(w[0].startsWith("config:5: "), qPrintable(w[0]));
        QVERIFY(w[0].contains("“s3”"));
        const ImportedProfile *p = r.find("local");
        QVERIFY(p);
        QCOMPARE(p->profile.endpointUrl, "http://localhost:4566");
        const QMap<QString, QString> expected{{"sagemaker", "http://localhost:5000"}, {"events", "http://localhost:5001"}};
        QCOMPARE(p->profile.serviceEndpoints, expected);
        QCOMPARE(p->credentials.accessKeyId, "test");
    }

    void theEnvironmentAppliesToTheProfileTheCliWouldUse()
    {
        const auto r = parseAwsConfig(text("config", "[profile dev]\nregion = us-east-1\n"
                                                     "[profile other]\nregion = us-east-1\n"),
                                      text("credentials", "[dev]\naws_access_key_id = FILEKEY\n"
                                                          "aws_secret_access_key = filesecret\n"
                                                          "aws_session_token = filetoken\n"
                                                          "[other]\naws_access_key_id = OTHER\n"
                                                          "aws_secret_access_key = othersecret\n"),
                                      env({{"AWS_PROFILE", "dev"},
                                           {"AWS_ACCESS_KEY_ID", "ENVKEY"},
                                           {"AWS_SECRET_ACCESS_KEY", "envsecret"},
                                           {"AWS_REGION", "ap-northeast-2"},
                                           {"AWS_DEFAULT_REGION", "eu-west-1"},
                                           {"AWS_ENDPOINT_URL", "http://localhost:4566"},
                                           {"AWS_ENDPOINT_URL_SAGEMAKER", "http://localhost:1"},
                                           {"AWS_ENDPOINT_URL_EVENTBRIDGE", "http://localhost:2"},
                                           {"AWS_ENDPOINT_URL_SCHEDULER", "http://localhost:3"},
                                           {"AWS_ENDPOINT_URL_RAM", "http://localhost:4"},
                                           {"AWS_ENDPOINT_URL_STS", "http://localhost:5"},
                                           {"AWS_ENDPOINT_URL_DYNAMODB", "http://localhost:6"}}));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(warningTexts(r).join('\n')));
        const ImportedProfile *dev = r.find("dev");
        QVERIFY(dev);
        QCOMPARE(dev->credentials.accessKeyId, "ENVKEY");
        QCOMPARE(dev->credentials.secretAccessKey, "envsecret");
        QVERIFY(dev->credentials.sessionToken.isEmpty()); // the file's token belongs to the file's keys
        QVERIFY(dev->credentialsFromEnvironment);
        QCOMPARE(dev->profile.region, "ap-northeast-2"); // AWS_REGION before AWS_DEFAULT_REGION
        QCOMPARE(dev->profile.endpointUrl, "http://localhost:4566");
        const QMap<QString, QString> expected{{"sagemaker", "http://localhost:1"},
                                              {"events", "http://localhost:2"},
                                              {"scheduler", "http://localhost:3"},
                                              {"ram", "http://localhost:4"},
                                              {"sts", "http://localhost:5"}};
        QCOMPARE(dev->profile.serviceEndpoints, expected);
        const ImportedProfile *other = r.find("other");
        QCOMPARE(other->credentials.accessKeyId, "OTHER");
        QVERIFY(other->profile.endpointUrl.isEmpty());
        QVERIFY(!other->credentialsFromEnvironment);
    }

    void theEnvironmentAloneMakesTheDefaultProfile()
    {
        const auto r = parseAwsConfig(noFile, noFile,
                                      env({{"AWS_ACCESS_KEY_ID", "ENVKEY"},
                                           {"AWS_SECRET_ACCESS_KEY", "envsecret"},
                                           {"AWS_SESSION_TOKEN", "envtoken"},
                                           {"AWS_DEFAULT_REGION", "eu-west-1"}}));
        QCOMPARE(r.profiles.size(), 1);
        QCOMPARE(r.profiles[0].profile.name, "default");
        QCOMPARE(r.profiles[0].origin, "environment");
        QCOMPARE(r.profiles[0].credentials.sessionToken, "envtoken");
        QCOMPARE(r.profiles[0].profile.region, "eu-west-1");
    }

    void halfTheEnvironmentsKeysIsAWarning()
    {
        const auto r = parseAwsConfig(noFile, noFile, env({{"AWS_ACCESS_KEY_ID", "ENVKEY"}}));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings[0].text().startsWith("environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"));
        // The made-up profile has no keys: said, not dropped.
        QCOMPARE(reasonOf(r, "default"), reasonOf(parseAwsConfig(text("c", "[default]\n"), noFile, env()), "default"));
    }

    void aProfileWithoutRegionTakesTheDefaultRegion()
    {
        const auto r = parseAwsConfig(noFile, text("credentials", "[ci]\naws_access_key_id = A\naws_secret_access_key = s\n"),
                                      env(), "us-west-1");
        QCOMPARE(r.find("ci")->profile.region, "us-west-1");
    }

    void pathsAsTheAwsCliFindsThem()
    {
        const AwsConfigPaths plain = awsConfigPaths(env(), "/home/u");
        QCOMPARE(plain.config, "/home/u/.aws/config");
        QCOMPARE(plain.credentials, "/home/u/.aws/credentials");
        const AwsConfigPaths set = awsConfigPaths(
            env({{"AWS_CONFIG_FILE", "~/work/aws-config"}, {"AWS_SHARED_CREDENTIALS_FILE", "/etc/aws/creds"}}), "/home/u");
        QCOMPARE(set.config, "/home/u/work/aws-config");
        QCOMPARE(set.credentials, "/etc/aws/creds");
    }

    void readsTheFilesAndToleratesAbsentOnes()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(".aws"));
        {
            QFile f(dir.filePath(".aws/credentials"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = s\n");
        }
        auto r = readAwsConfig(awsConfigPaths(env(), dir.path()), env(), "us-east-1");
        QVERIFY2(r.warnings.isEmpty(), qPrintable(warningTexts(r).join('\n')));
        QCOMPARE(r.profiles.size(), 1);
        QCOMPARE(r.profiles[0].origin, dir.filePath(".aws/credentials") + ":1");

        {
            QFile f(dir.filePath("config"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[profile x]\nregion = us-east-1\nnonsense\n");
        }
        r = readAwsConfig({dir.filePath("config"), dir.filePath("nothing-here")}, env());
        QCOMPARE(warningTexts(r), QStringList{dir.filePath("config") + ":3: not a “key = value” line, a [section] "
                                                                       "or a comment; the line was skipped."});
        QCOMPARE(reasonOf(r, "x"), "it has no credentials: neither access keys nor a role to assume.");
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigFiles)
#include "tst_awsconfigfiles.moc"
