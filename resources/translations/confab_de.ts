<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>The answer was cut off at its length limit (%1 tokens); allow more with --max-tokens.
</source>
        <translation>Die Antwort wurde an ihrer Längengrenze (%1 Tokens) abgeschnitten; mehr erlaubt --max-tokens.
</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Continue chat &lt;id&gt; instead of starting one.</source>
        <translation>Chat &lt;id&gt; fortsetzen, statt einen neuen zu beginnen.</translation>
    </message>
    <message>
        <source>OpenRouter model id.</source>
        <translation>OpenRouter-Modell-ID.</translation>
    </message>
    <message>
        <source>Let the model make or edit images with tools.</source>
        <translation>Das Modell darf mit Werkzeugen Bilder erzeugen oder bearbeiten.</translation>
    </message>
    <message>
        <source>The prompt; read from stdin if absent.</source>
        <translation>Der Prompt; fehlt er, wird er von stdin gelesen.</translation>
    </message>
    <message>
        <source>Folder for the images (default: .).</source>
        <translation>Ordner für die Bilder (Standard: .).</translation>
    </message>
    <message>
        <source>Number of images, 1–4.</source>
        <translation>Anzahl der Bilder, 1–4.</translation>
    </message>
    <message>
        <source>Aspect ratio, e.g. 16:9.</source>
        <translation>Seitenverhältnis, z. B. 16:9.</translation>
    </message>
    <message>
        <source>Seed for repeatable images.</source>
        <translation>Seed für wiederholbare Bilder.</translation>
    </message>
    <message>
        <source>Less processed, more natural-looking images.</source>
        <translation>Weniger nachbearbeitete, natürlicher wirkende Bilder.</translation>
    </message>
    <message>
        <source>What to draw.</source>
        <translation>Was gezeichnet werden soll.</translation>
    </message>
    <message>
        <source>How to change the images.</source>
        <translation>Wie die Bilder verändert werden sollen.</translation>
    </message>
    <message>
        <source>Image files to edit.</source>
        <translation>Zu bearbeitende Bilddateien.</translation>
    </message>
    <message>
        <source>confab edit: name at least one image file to edit.
</source>
        <translation>confab edit: Gib mindestens eine zu bearbeitende Bilddatei an.
</translation>
    </message>
    <message>
        <source>Started chat %1 (continue it with --session %1).
</source>
        <translation>Chat %1 begonnen (fortsetzen mit --session %1).
</translation>
    </message>
    <message>
        <source>Stopped; the partial answer is kept in chat %1.
</source>
        <translation>Angehalten; die unvollständige Antwort bleibt in Chat %1 erhalten.
</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 ist kein Bild.</translation>
    </message>
    <message>
        <source>Send a file with the question: a picture, or a PDF, text, Markdown, CSV, JSON or source file. Repeatable.</source>
        <translation>Eine Datei mit der Frage senden: ein Bild oder eine PDF-, Text-, Markdown-, CSV-, JSON- oder Quelltextdatei. Wiederholbar.</translation>
    </message>
    <message>
        <source>Let the model search the web (billed per search); the pages it cites are listed under the answer.</source>
        <translation>Das Modell im Web suchen lassen (jede Suche wird berechnet); die zitierten Seiten stehen unter der Antwort.</translation>
    </message>
    <message>
        <source>How this chat&apos;s PDFs are read for a model that cannot read files: cloudflare-ai (free), mistral-ocr (billed per page), native (billed as input tokens) or auto.</source>
        <translation>Wie die PDFs dieses Chats für ein Modell gelesen werden, das keine Dateien lesen kann: cloudflare-ai (kostenlos), mistral-ocr (pro Seite berechnet), native (als Eingabe-Tokens berechnet) oder auto.</translation>
    </message>
    <message>
        <source>jpeg, png or webp, as the model offers.</source>
        <translation>jpeg, png oder webp, je nach Modell.</translation>
    </message>
    <message>
        <source>fal model id; without a valid one the list of models with their prices is shown.</source>
        <translation>fal-Modell-ID; ohne gültige wird die Liste der Modelle mit ihren Preisen gezeigt.</translation>
    </message>
    <message>
        <source>Output resolution, e.g. 2K, for the models that take one.</source>
        <translation>Ausgabeauflösung, z. B. 2K, für die Modelle, die eine haben.</translation>
    </message>
    <message>
        <source>confab chat: &quot;%1&quot; is not a PDF engine. Choose one with --pdf-engine (or auto):
</source>
        <translation>confab chat: „%1“ ist keine PDF-Engine. Wähle eine mit --pdf-engine (oder auto):
</translation>
    </message>
    <message>
        <source>confab %1: &quot;%2&quot; is not a model Confab offers here. Choose one with --model:
</source>
        <translation>confab %1: „%2“ ist kein Modell, das Confab hier anbietet. Wähle eines mit --model:
</translation>
    </message>
    <message>
        <source>confab chat: there is no MCP server named &quot;%1&quot; (see confab mcp list).
</source>
        <translation>confab chat: Es gibt keinen MCP-Server namens &quot;%1&quot; (siehe confab mcp list).
</translation>
    </message>
    <message>
        <source>confab chat: the MCP server %1 is disabled.
</source>
        <translation>confab chat: Der MCP-Server %1 ist deaktiviert.
</translation>
    </message>
    <message>
        <source>confab: the MCP server %1 is not available: %2
</source>
        <translation>confab: Der MCP-Server %1 ist nicht verfügbar: %2
</translation>
    </message>
    <message>
        <source>[tool] %1 %2
</source>
        <translation>[Werkzeug] %1 %2
</translation>
    </message>
    <message>
        <source>[tool] %1 progress %2%3 %4
</source>
        <translation>[Werkzeug] %1 Fortschritt %2%3 %4
</translation>
    </message>
    <message>
        <source>[tool] %1 %2 in %3 ms%4
</source>
        <translation>[Werkzeug] %1 %2 in %3 ms%4
</translation>
    </message>
    <message>
        <source>reported an error</source>
        <translation>hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>, %n picture(s)</source>
        <translation>
            <numerusform>, %n Bild</numerusform>
            <numerusform>, %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>[tool] %1 failed: %2
</source>
        <translation>[Werkzeug] %1 fehlgeschlagen: %2
</translation>
    </message>
    <message>
        <source>[tool] %1 denied: %2
</source>
        <translation>[Werkzeug] %1 abgelehnt: %2
</translation>
    </message>
    <message>
        <source>[tool] %1 cancelled
</source>
        <translation>[Werkzeug] %1 abgebrochen
</translation>
    </message>
    <message>
        <source>Offer the tools of these MCP servers (see confab mcp list) in this chat; &quot;none&quot; offers none. Each call asks first.</source>
        <translation>Die Werkzeuge dieser MCP-Server (siehe confab mcp list) in diesem Chat anbieten; &quot;none&quot; bietet keine an. Jeder Aufruf fragt vorher.</translation>
    </message>
    <message>
        <source>Let this tool (TOOL or SERVER/TOOL) run without asking. Repeatable.</source>
        <translation>Dieses Werkzeug (WERKZEUG oder SERVER/WERKZEUG) ohne Nachfrage laufen lassen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Let every tool of the chat&apos;s servers run without asking.</source>
        <translation>Jedes Werkzeug der Server des Chats ohne Nachfrage laufen lassen.</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>A picture the model made could not be fetched: %1</source>
        <translation>Ein Bild, das das Modell erzeugt hat, konnte nicht geholt werden: %1</translation>
    </message>
    <message>
        <source>the answer linked more than %1 pictures</source>
        <translation>die Antwort verweist auf mehr als %1 Bilder</translation>
    </message>
    <message>
        <source>No data from the server for %1 s; the answer was stopped</source>
        <translation>Seit %1 s keine Daten vom Server; die Antwort wurde abgebrochen</translation>
    </message>
    <message>
        <source>The answer stopped with an error</source>
        <translation>Die Antwort brach mit einem Fehler ab</translation>
    </message>
    <message>
        <source>The answer stopped with an error: </source>
        <translation>Die Antwort brach mit einem Fehler ab: </translation>
    </message>
    <message>
        <source>The connection closed before the answer arrived</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort eintraf</translation>
    </message>
    <message>
        <source>The connection dropped before the answer was complete</source>
        <translation>Die Verbindung brach ab, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>ChunkParser</name>
    <message>
        <source>The provider stopped with an error.</source>
        <translation>Der Anbieter hat mit einem Fehler abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (confab &lt;command&gt; --help for details):</source>
        <translation>Befehle (confab &lt;Befehl&gt; --help für Details):</translation>
    </message>
    <message>
        <source>Every command takes --data-dir DIR to use another store and --verbose to print debug messages;
both may also stand before the command.
Exit codes: 0 ok, 1 the request failed, 2 bad arguments, 3 refused (key, limit, input), 4 store error,
130 stopped with Ctrl+C (the partial answer is kept).
</source>
        <translation>Jeder Befehl akzeptiert --data-dir ORDNER (anderen Speicher verwenden) und --verbose
(Debug-Meldungen ausgeben); beide dürfen auch vor dem Befehl stehen.
Exit-Codes: 0 OK, 1 Anfrage fehlgeschlagen, 2 ungültige Argumente,
3 abgelehnt (Schlüssel, Limit, Eingabe), 4 Speicherfehler,
130 mit Strg+C abgebrochen (die unvollständige Antwort bleibt erhalten).
</translation>
    </message>
    <message>
        <source>confab: unknown command &quot;%1&quot;.
%2</source>
        <translation>confab: unbekannter Befehl „%1“.
%2</translation>
    </message>
    <message>
        <source>chat [PROMPT]</source>
        <translation>chat [PROMPT]</translation>
    </message>
    <message>
        <source>send a prompt (or stdin) and stream the answer to stdout</source>
        <translation>Prompt (oder stdin) senden und die Antwort auf stdout streamen</translation>
    </message>
    <message>
        <source>image PROMPT --out DIR</source>
        <translation>image PROMPT --out ORDNER</translation>
    </message>
    <message>
        <source>generate images with Flux Pro v1.1 Ultra into DIR</source>
        <translation>Bilder mit Flux Pro v1.1 Ultra in ORDNER erzeugen</translation>
    </message>
    <message>
        <source>edit PROMPT IMAGE... --out DIR</source>
        <translation>edit PROMPT BILD... --out ORDNER</translation>
    </message>
    <message>
        <source>edit images with Gemini 2.5 Flash Image into DIR</source>
        <translation>Bilder mit Gemini 2.5 Flash Image in ORDNER bearbeiten</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>list chats (--archived, --trash)</source>
        <translation>Chats auflisten (--archived, --trash)</translation>
    </message>
    <message>
        <source>search QUERY</source>
        <translation>search SUCHTEXT</translation>
    </message>
    <message>
        <source>full-text search over every chat</source>
        <translation>Volltextsuche über alle Chats</translation>
    </message>
    <message>
        <source>export --out PATH</source>
        <translation>export --out PFAD</translation>
    </message>
    <message>
        <source>export history as Markdown or JSON (--session, --format)</source>
        <translation>Verlauf als Markdown oder JSON exportieren (--session, --format)</translation>
    </message>
    <message>
        <source>import PATH</source>
        <translation>import PFAD</translation>
    </message>
    <message>
        <source>import a JSON export</source>
        <translation>einen JSON-Export importieren</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>spend, requests, success rate and latency per model</source>
        <translation>Ausgaben, Anfragen, Erfolgsquote und Latenz pro Modell</translation>
    </message>
    <message>
        <source>sync [--folder DIR]</source>
        <translation>sync [--folder ORDNER]</translation>
    </message>
    <message>
        <source>one sync round with the shared folder (Syncthing, Dropbox, ...)</source>
        <translation>eine Sync-Runde mit dem geteilten Ordner (Syncthing, Dropbox, ...)</translation>
    </message>
    <message>
        <source>doctor [--image]</source>
        <translation>doctor [--image]</translation>
    </message>
    <message>
        <source>check keys, keychain, OpenRouter and fal (--image: one paid image)</source>
        <translation>Schlüssel, Schlüsselbund, OpenRouter und fal prüfen (--image: ein bezahltes Bild)</translation>
    </message>
    <message>
        <source>mcp add|list|tools|remove|import</source>
        <translation>mcp add|list|tools|remove|import</translation>
    </message>
    <message>
        <source>the MCP tool servers chats may use (confab mcp --help)</source>
        <translation>die MCP-Werkzeugserver, die Chats nutzen dürfen (confab mcp --help)</translation>
    </message>
    <message>
        <source>Use the store in &lt;dir&gt; instead of the default one.</source>
        <translation>Den Speicher in &lt;dir&gt; statt des üblichen verwenden.</translation>
    </message>
    <message>
        <source>Print debug messages to stderr as well as to the log.</source>
        <translation>Debug-Meldungen auch auf stderr ausgeben, nicht nur ins Protokoll.</translation>
    </message>
    <message>
        <source>Confab — chat with OpenRouter models and make images with fal.ai.</source>
        <translation>Confab — mit OpenRouter-Modellen chatten und mit fal.ai Bilder erzeugen.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window, then quit.</source>
        <translation>Die Zeit bis zum ersten gezeichneten Fenster ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Images to attach for editing.</source>
        <translation>Bilder, die zum Bearbeiten angehängt werden.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Confab could not open its history at %1: %2</source>
        <translation>Confab konnte den Verlauf unter %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Confab could not create its history at %1: %2</source>
        <translation>Confab konnte den Verlauf unter %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Started a new, empty history.</source>
        <translation>Ein neuer, leerer Verlauf wurde angelegt.</translation>
    </message>
    <message>
        <source>This history (%1) was written by a newer version of Confab (format %2; this version reads up to %3). It was left untouched: update Confab to open it.</source>
        <translation>Dieser Verlauf (%1) stammt von einer neueren Confab-Version (Format %2; diese Version liest bis Format %3). Er bleibt unverändert: Aktualisiere Confab, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Confab could not open its history: %1</source>
        <translation>Confab konnte den Verlauf nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Confab did not upgrade its history because the backup before the upgrade failed: %1. The file was left as it was.</source>
        <translation>Confab hat den Verlauf nicht aktualisiert, weil die Sicherung davor fehlgeschlagen ist: %1. Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Upgrading the history failed: %1. A copy from before the upgrade is at %2.</source>
        <translation>Die Aktualisierung des Verlaufs ist fehlgeschlagen: %1. Eine Kopie von vor der Aktualisierung liegt unter %2.</translation>
    </message>
    <message>
        <source>Upgraded the history to format %1; a copy of the previous one is at %2.</source>
        <translation>Der Verlauf wurde auf Format %1 aktualisiert; eine Kopie des vorherigen liegt unter %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) cut off when Confab last stopped were marked as interrupted.</source>
        <translation>
            <numerusform>%n Antwort, die beim letzten Beenden von Confab abgeschnitten wurde, ist als unterbrochen markiert.</numerusform>
            <numerusform>%n Antworten, die beim letzten Beenden von Confab abgeschnitten wurden, sind als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history at %1 is damaged (%2) and could not be moved aside; it was left as it was.</source>
        <translation>Der Verlauf unter %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; er bleibt unverändert.</translation>
    </message>
    <message>
        <source>You can start with an empty history.</source>
        <translation>Du kannst mit einem leeren Verlauf beginnen.</translation>
    </message>
    <message>
        <source>You can restore the newest backup (%1) or start with an empty history.</source>
        <translation>Du kannst die neueste Sicherung (%1) wiederherstellen oder mit einem leeren Verlauf beginnen.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). Nothing was deleted: it was moved to %2. %3</source>
        <translation>Die Verlaufsdatei war beschädigt (%1). Es wurde nichts gelöscht: Sie wurde nach %2 verschoben. %3</translation>
    </message>
    <message>
        <source>There is no backup of the history to restore.</source>
        <translation>Es gibt keine Sicherung des Verlaufs, die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Could not move the current history at %1 aside.</source>
        <translation>Der aktuelle Verlauf unter %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy the backup %1 into place.</source>
        <translation>Die Sicherung %1 konnte nicht an ihren Platz kopiert werden.</translation>
    </message>
    <message>
        <source>Restored the history from the backup %1.</source>
        <translation>Der Verlauf wurde aus der Sicherung %1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>DisplayedText</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>DocumentContext</name>
    <message>
        <source>Documents go with chat questions; switch to Text or Auto mode.</source>
        <translation>Dokumente gehören zu Chat-Fragen; wechsle in den Modus Text oder Auto.</translation>
    </message>
    <message>
        <source>%1 is no longer in the document store; attach it again.</source>
        <translation>%1 ist nicht mehr im Dokumentenspeicher; hänge es erneut an.</translation>
    </message>
    <message>
        <source>The documents need about %1 tokens, more than %2 reads at once (%3 tokens beside the answer). Attach fewer or shorter documents, or choose a model with a larger context.</source>
        <translation>Die Dokumente brauchen etwa %1 Tokens, mehr als %2 auf einmal liest (%3 Tokens neben der Antwort). Hänge weniger oder kürzere Dokumente an oder wähle ein Modell mit größerem Kontext.</translation>
    </message>
</context>
<context>
    <name>DocumentPreparation</name>
    <message>
        <source>Confab can attach PDFs, text, Markdown, CSV, JSON and source files.</source>
        <translation>Confab kann PDF-, Text-, Markdown-, CSV-, JSON- und Quelltextdateien anhängen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is %1; documents of this type can be up to %2.</source>
        <translation>Die Datei ist %1 groß; Dokumente dieser Art dürfen bis zu %2 groß sein.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; models read up to %2 pages at a time.</source>
        <translation>Die PDF hat %1 Seiten; Modelle lesen bis zu %2 Seiten auf einmal.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Die Datei konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>FalClient</name>
    <message>
        <source>No fal.ai key is set. Add one in Settings.</source>
        <translation>Es ist kein fal.ai-Schlüssel hinterlegt. Füge einen in den Einstellungen hinzu.</translation>
    </message>
</context>
<context>
    <name>FalErrors</name>
    <message>
        <source>uploading the input image</source>
        <translation>beim Hochladen des Eingabebilds</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>beim Senden der Anfrage</translation>
    </message>
    <message>
        <source>checking the job&apos;s progress</source>
        <translation>beim Abfragen des Auftragsfortschritts</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>beim Abrufen des Ergebnisses</translation>
    </message>
    <message>
        <source>downloading the image</source>
        <translation>beim Herunterladen des Bilds</translation>
    </message>
    <message>
        <source>fal.ai stopped answering while %1.</source>
        <translation>fal.ai hat %1 nicht mehr geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach fal.ai while %1: %2</source>
        <translation>fal.ai war %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>fal key rejected (HTTP %1). Check the fal.ai key in Settings.</source>
        <translation>fal-Schlüssel abgelehnt (HTTP %1). Prüfe den fal.ai-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>fal key rejected (HTTP %1): %2. Check the fal.ai key in Settings.</source>
        <translation>fal-Schlüssel abgelehnt (HTTP %1): %2. Prüfe den fal.ai-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>fal.ai refused the request (HTTP %1): %2</source>
        <translation>fal.ai hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>fal.ai refused the request as invalid.</source>
        <translation>fal.ai hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>fal.ai is limiting requests right now; try again in a moment.</source>
        <translation>fal.ai begrenzt gerade die Anfragen; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The result is no longer available on fal.ai (results are kept only briefly).</source>
        <translation>Das Ergebnis ist bei fal.ai nicht mehr verfügbar (Ergebnisse werden nur kurz aufbewahrt).</translation>
    </message>
    <message>
        <source>fal.ai stopped the job because it ran out of time</source>
        <translation>fal.ai hat den Auftrag wegen Zeitüberschreitung abgebrochen</translation>
    </message>
    <message>
        <source>fal.ai failed while %1 (HTTP %2)%3</source>
        <translation>fal.ai ist %1 gescheitert (HTTP %2)%3</translation>
    </message>
    <message>
        <source>fal.ai could not finish the image: %1</source>
        <translation>fal.ai konnte das Bild nicht fertigstellen: %1</translation>
    </message>
</context>
<context>
    <name>FalImageDecoder</name>
    <message>
        <source>fal.ai sent an image larger than the %1 MB limit.</source>
        <translation>fal.ai hat ein Bild gesendet, das größer als das Limit von %1 MB ist.</translation>
    </message>
    <message>
        <source>fal.ai sent an image that cannot be read (%1).</source>
        <translation>fal.ai hat ein Bild gesendet, das nicht gelesen werden kann (%1).</translation>
    </message>
    <message>
        <source>fal.ai sent an image in a form that cannot be read.</source>
        <translation>fal.ai hat ein Bild in einer nicht lesbaren Form gesendet.</translation>
    </message>
</context>
<context>
    <name>FalImageFetcher</name>
    <message>
        <source>fal.ai sent an unusable image link.</source>
        <translation>fal.ai hat einen unbrauchbaren Bildlink gesendet.</translation>
    </message>
    <message>
        <source>fal.ai sent an image larger than the %1 MB limit.</source>
        <translation>fal.ai hat ein Bild gesendet, das größer als das Limit von %1 MB ist.</translation>
    </message>
</context>
<context>
    <name>FalInputUploader</name>
    <message>
        <source>fal.ai storage did not say where to upload the image.</source>
        <translation>Der fal.ai-Speicher hat nicht mitgeteilt, wohin das Bild hochgeladen werden soll.</translation>
    </message>
</context>
<context>
    <name>FalJob</name>
    <message>
        <source>fal.ai did not finish the image in time (%1 s); the job was cancelled.</source>
        <translation>fal.ai hat das Bild nicht rechtzeitig fertiggestellt (%1 s); der Auftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Preparing images…</source>
        <translation>Bilder werden vorbereitet …</translation>
    </message>
    <message>
        <source>Sending to fal.ai…</source>
        <translation>Wird an fal.ai gesendet …</translation>
    </message>
    <message>
        <source>fal.ai accepted the request but gave no request id.</source>
        <translation>fal.ai hat die Anfrage angenommen, aber keine Anfrage-ID geliefert.</translation>
    </message>
    <message>
        <source>fal.ai sent a status that cannot be read.</source>
        <translation>fal.ai hat einen nicht lesbaren Status gesendet.</translation>
    </message>
    <message>
        <source>In queue (next)</source>
        <translation>In der Warteschlange (als Nächstes)</translation>
    </message>
    <message>
        <source>In queue (position %1)</source>
        <translation>In der Warteschlange (Position %1)</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt …</translation>
    </message>
    <message>
        <source>fal.ai reported an unknown job state &quot;%1&quot;.</source>
        <translation>fal.ai meldet einen unbekannten Auftragsstatus „%1“.</translation>
    </message>
    <message>
        <source>Fetching the result…</source>
        <translation>Ergebnis wird abgerufen …</translation>
    </message>
    <message>
        <source>fal.ai sent a result that cannot be read.</source>
        <translation>fal.ai hat ein nicht lesbares Ergebnis gesendet.</translation>
    </message>
    <message>
        <source>fal.ai finished but returned no image.</source>
        <translation>fal.ai ist fertig, hat aber kein Bild geliefert.</translation>
    </message>
    <message>
        <source>Downloading images…</source>
        <translation>Bilder werden heruntergeladen …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>fal.ai sent an answer to the request that cannot be read.</source>
        <translation>fal.ai hat eine nicht lesbare Antwort auf die Anfrage gesendet.</translation>
    </message>
</context>
<context>
    <name>FalPriceList</name>
    <message>
        <source>%1 per image</source>
        <translation>%1 pro Bild</translation>
    </message>
    <message>
        <source>%1 per image (last known)</source>
        <translation>%1 pro Bild (zuletzt bekannt)</translation>
    </message>
</context>
<context>
    <name>FalRequestBuilder</name>
    <message>
        <source>Write a prompt describing the image.</source>
        <translation>Schreibe einen Prompt, der das Bild beschreibt.</translation>
    </message>
    <message>
        <source>The safety tolerance must be between 1 (strictest) and 6 (got %1).</source>
        <translation>Die Sicherheitstoleranz muss zwischen 1 (am strengsten) und 6 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The seed must not be negative.</source>
        <translation>Der Seed darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Add at least one image to edit.</source>
        <translation>Füge mindestens ein Bild zum Bearbeiten hinzu.</translation>
    </message>
    <message>
        <source>One of the input images is empty.</source>
        <translation>Eines der Eingabebilder ist leer.</translation>
    </message>
    <message>
        <source>One of the input images is not an image.</source>
        <translation>Eines der Eingabebilder ist kein Bild.</translation>
    </message>
    <message>
        <source>The image format must be %1 (got &quot;%2&quot;).</source>
        <translation>Das Bildformat muss %1 sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fal model Confab offers for this; choose one of: %2.</source>
        <translation>„%1“ ist kein fal-Modell, das Confab dafür anbietet; wähle eines von: %2.</translation>
    </message>
    <message>
        <source>The number of images must be between 1 and %1 (got %2).</source>
        <translation>Die Anzahl der Bilder muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>The aspect ratio &quot;%1&quot; is not one %2 offers (%3).</source>
        <translation>Das Seitenverhältnis „%1“ bietet %2 nicht an (%3).</translation>
    </message>
    <message>
        <source>Choose an aspect ratio (%1).</source>
        <translation>Wähle ein Seitenverhältnis (%1).</translation>
    </message>
    <message>
        <source>%1 has no raw mode.</source>
        <translation>%1 hat keinen Raw-Modus.</translation>
    </message>
    <message>
        <source>%1 has no resolution to choose.</source>
        <translation>Bei %1 lässt sich keine Auflösung wählen.</translation>
    </message>
    <message>
        <source>The resolution &quot;%1&quot; is not one %2 offers (%3).</source>
        <translation>Die Auflösung „%1“ bietet %2 nicht an (%3).</translation>
    </message>
</context>
<context>
    <name>GenerationMode</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text → Image</source>
        <translation>Text → Bild</translation>
    </message>
    <message>
        <source>Image → Image</source>
        <translation>Bild → Bild</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>confab search: say what to look for.
</source>
        <translation>confab search: Gib an, wonach gesucht werden soll.
</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.
</source>
        <translation>Keine Treffer für „%1“.
</translation>
    </message>
    <message>
        <source>confab export: --format is markdown or json, not &quot;%1&quot;.
</source>
        <translation>confab export: --format ist markdown oder json, nicht „%1“.
</translation>
    </message>
    <message>
        <source>List archived chats.</source>
        <translation>Archivierte Chats auflisten.</translation>
    </message>
    <message>
        <source>List chats in the trash.</source>
        <translation>Chats im Papierkorb auflisten.</translation>
    </message>
    <message>
        <source>Words to find.</source>
        <translation>Zu suchende Wörter.</translation>
    </message>
    <message>
        <source>Export only chat &lt;id&gt;.</source>
        <translation>Nur Chat &lt;id&gt; exportieren.</translation>
    </message>
    <message>
        <source>markdown or json.</source>
        <translation>markdown oder json.</translation>
    </message>
    <message>
        <source>How many days back (default 30).</source>
        <translation>Wie viele Tage zurück (Standard: 30).</translation>
    </message>
    <message>
        <source>confab: unknown command &quot;%1&quot;.
%2</source>
        <translation>confab: unbekannter Befehl „%1“.
%2</translation>
    </message>
    <message numerus="yes">
        <source>Spend per day (last %n day(s))
</source>
        <translation>
            <numerusform>Ausgaben pro Tag (%n Tag)
</numerusform>
            <numerusform>Ausgaben pro Tag (letzte %n Tage)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1  %2  %n request(s)
</source>
        <translation>
            <numerusform>  %1  %2  %n Anfrage
</numerusform>
            <numerusform>  %1  %2  %n Anfragen
</numerusform>
        </translation>
    </message>
    <message>
        <source>Per model
</source>
        <translation>Pro Modell
</translation>
    </message>
    <message numerus="yes">
        <source>  %1  %n request(s)  %2 % ok  median %3 ms  p95 %4 ms  %5
</source>
        <translation>
            <numerusform>  %1  %n Anfrage  %2 % erfolgreich  Median %3 ms  p95 %4 ms  %5
</numerusform>
            <numerusform>  %1  %n Anfragen  %2 % erfolgreich  Median %3 ms  p95 %4 ms  %5
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).
</source>
        <translation>
            <numerusform>%n Chat importiert.
</numerusform>
            <numerusform>%n Chats importiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>More matches: add --offset %1.
</source>
        <translation>Weitere Treffer: mit --offset %1 abrufen.
</translation>
    </message>
    <message>
        <source>confab import: name the export folder (or JSON file) to import.
</source>
        <translation>confab import: Gib den zu importierenden Export-Ordner (oder die JSON-Datei) an.
</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; messages (default 20).</source>
        <translation>Höchstens &lt;n&gt; Nachrichten (Standard: 20).</translation>
    </message>
    <message>
        <source>Skip the first &lt;n&gt; messages (next page).</source>
        <translation>Die ersten &lt;n&gt; Nachrichten überspringen (nächste Seite).</translation>
    </message>
    <message>
        <source>Best matches first among the %1 newest, instead of newest first.</source>
        <translation>Unter den %1 neuesten die besten Treffer zuerst statt der neuesten zuerst.</translation>
    </message>
    <message>
        <source>A JSON export: its folder, or an older single file.</source>
        <translation>Ein JSON-Export: sein Ordner oder eine ältere Einzeldatei.</translation>
    </message>
    <message>
        <source>confab export: a JSON export is a folder holding %1 and its pictures in %2/; give --out the folder to create, not &quot;%3&quot;.
</source>
        <translation>confab export: ein JSON-Export ist ein Ordner mit %1 und seinen Bildern in %2/; gib bei --out den anzulegenden Ordner an, nicht „%3“.
</translation>
    </message>
    <message>
        <source>Wrote %1 and its pictures (%2/) into %3.
</source>
        <translation>%1 und die zugehörigen Bilder (%2/) nach %3 geschrieben.
</translation>
    </message>
    <message>
        <source>Where to write. JSON: a new folder, which gets history.json and an images folder. Markdown: a folder with one file per chat, or with --session a .md file (its pictures go into a folder beside it).</source>
        <translation>Wohin geschrieben wird. JSON: ein neuer Ordner, der history.json und einen Ordner images erhält. Markdown: ein Ordner mit einer Datei pro Chat, oder mit --session eine .md-Datei (ihre Bilder kommen in einen Ordner daneben).</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keinen Chat %1.</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat ohne Titel</translation>
    </message>
    <message>
        <source>&gt; System prompt: %1

</source>
        <translation>&gt; Systemprompt: %1

</translation>
    </message>
    <message>
        <source>Could not copy the image %1 to %2.</source>
        <translation>Das Bild %1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>_Started %1_

</source>
        <translation>_Begonnen am %1_

</translation>
    </message>
    <message>
        <source>_Failed: %1_

</source>
        <translation>_Fehlgeschlagen: %1_

</translation>
    </message>
    <message>
        <source>_Stopped before the end._

</source>
        <translation>_Vor dem Ende angehalten._

</translation>
    </message>
    <message>
        <source>_Interrupted: Confab closed before the answer was complete._

</source>
        <translation>_Unterbrochen: Confab wurde geschlossen, bevor die Antwort vollständig war._

</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Tool %1 of %2 (%3, %4 ms):</source>
        <translation>Werkzeug %1 von %2 (%3, %4 ms):</translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation>%1 wurde nicht importiert: %2.</translation>
    </message>
    <message>
        <source>the history could not start a transaction</source>
        <translation>der Verlauf konnte keine Transaktion beginnen</translation>
    </message>
    <message>
        <source>the history could not be written (is the disk full?)</source>
        <translation>der Verlauf konnte nicht geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>This model has been retired (404)</source>
        <translation>Dieses Modell wurde eingestellt (404)</translation>
    </message>
    <message>
        <source>OpenRouter suggests %1 instead.</source>
        <translation>OpenRouter schlägt stattdessen %1 vor.</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Die Anfrage wurde nicht angenommen</translation>
    </message>
    <message>
        <source>The API key was rejected (401). Check the key in Settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (401). Prüfe den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Out of credits (402): add credits or lower the maximum answer length</source>
        <translation>Kein Guthaben mehr (402): Lade Guthaben auf oder verringere die maximale Antwortlänge</translation>
    </message>
    <message>
        <source>The request was refused (403)</source>
        <translation>Die Anfrage wurde verweigert (403)</translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation>Nicht gefunden (404)</translation>
    </message>
    <message>
        <source>The server timed out (%1)</source>
        <translation>Zeitüberschreitung beim Server (%1)</translation>
    </message>
    <message>
        <source>Rate limited (429): try again in %1 s</source>
        <translation>Zu viele Anfragen (429): Versuche es in %1 s erneut</translation>
    </message>
    <message>
        <source>Rate limited (429): try again shortly</source>
        <translation>Zu viele Anfragen (429): Versuche es gleich erneut</translation>
    </message>
    <message>
        <source>The server had a problem (%1)</source>
        <translation>Der Server hatte ein Problem (%1)</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused</source>
        <translation>Keine Verbindung zu %1: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Could not find %1: check the network connection</source>
        <translation>%1 wurde nicht gefunden: Prüfe die Netzwerkverbindung</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Network error talking to %1</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1</translation>
    </message>
</context>
<context>
    <name>ImageDownload</name>
    <message>
        <source>the model linked it at an address Confab does not fetch from (only https, or http on this computer)</source>
        <translation>das Modell verweist auf eine Adresse, von der Confab nicht lädt (nur https, oder http auf diesem Computer)</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>es ist größer als %1 MB</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>%1 could not be reached</source>
        <translation>%1 war nicht erreichbar</translation>
    </message>
    <message>
        <source>what %1 sent is not a picture</source>
        <translation>was %1 geschickt hat, ist kein Bild</translation>
    </message>
</context>
<context>
    <name>ImagePreparation</name>
    <message>
        <source>%1 could not be converted for upload.</source>
        <translation>%1 konnte nicht für das Hochladen umgewandelt werden.</translation>
    </message>
    <message>
        <source>%1 is too large to send, even after shrinking it.</source>
        <translation>%1 ist auch verkleinert noch zu groß zum Senden.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 is not an image (%2).</source>
        <translation>%1 ist kein Bild (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2).</source>
        <translation>%1 konnte nicht als Bild gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>ImageStore</name>
    <message>
        <source>could not write the thumbnail: %1</source>
        <translation>die Vorschau konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not an image Confab can read (%1).</source>
        <translation>Das ist kein Bild, das Confab lesen kann (%1).</translation>
    </message>
    <message>
        <source>The image could not be read: %1.</source>
        <translation>Das Bild konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The image could not be saved: %1.</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>no such image</source>
        <translation>Bild nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Paste your %1 key first.</source>
        <translation>Füge zuerst deinen %1-Schlüssel ein.</translation>
    </message>
    <message>
        <source>This is too long to be an API key for %1. Copy the key alone.</source>
        <translation>Das ist zu lang für einen API-Schlüssel für %1. Kopiere nur den Schlüssel.</translation>
    </message>
    <message>
        <source>read your %1 key</source>
        <translation>Lesen deines %1-Schlüssels</translation>
    </message>
    <message>
        <source>save your %1 key</source>
        <translation>Speichern deines %1-Schlüssels</translation>
    </message>
    <message>
        <source>remove your %1 key</source>
        <translation>Entfernen deines %1-Schlüssels</translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>No system keychain is available</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar</translation>
    </message>
    <message>
        <source>. Confab will ask for your API keys each time it starts and keep them in memory only; it never writes them to a file.</source>
        <translation>. Confab fragt bei jedem Start nach deinen API-Schlüsseln und hält sie nur im Arbeitsspeicher; in eine Datei schreibt es sie nie.</translation>
    </message>
    <message>
        <source>The system keychain refused to %1. Allow Confab to use the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems hat das %1 verweigert. Erlaube Confab den Zugriff auf den Schlüsselbund und versuche es erneut.</translation>
    </message>
    <message>
        <source>Could not %1</source>
        <translation>Fehler beim %1</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>usage: confab mcp add NAME [--env K=V]... -- COMMAND [ARG]...
       confab mcp add NAME --url URL [--header &quot;K: V&quot;]...
       confab mcp list | tools NAME | remove NAME | import FILE
</source>
        <translation>Aufruf: confab mcp add NAME [--env K=W]... -- BEFEHL [ARG]...
       confab mcp add NAME --url URL [--header &quot;K: W&quot;]...
       confab mcp list | tools NAME | remove NAME | import DATEI
</translation>
    </message>
    <message>
        <source>confab mcp: the keychain did not take the secrets of %1: %2
</source>
        <translation>confab mcp: Der Schlüsselbund hat die Geheimnisse von %1 nicht angenommen: %2
</translation>
    </message>
    <message>
        <source>confab mcp add: a server needs a name of letters, digits, - and _ (at most 40)
</source>
        <translation>confab mcp add: Ein Server braucht einen Namen aus Buchstaben, Ziffern, - und _ (höchstens 40)
</translation>
    </message>
    <message>
        <source>confab mcp add: --url needs an http or https URL
</source>
        <translation>confab mcp add: --url braucht eine http- oder https-URL
</translation>
    </message>
    <message>
        <source>confab mcp add: a header is given as &quot;Name: value&quot;
</source>
        <translation>confab mcp add: Ein Header wird als „Name: Wert“ angegeben
</translation>
    </message>
    <message>
        <source>confab mcp add: give the server&apos;s command after --
</source>
        <translation>confab mcp add: Gib den Befehl des Servers nach -- an
</translation>
    </message>
    <message>
        <source>confab mcp add: --env takes NAME=VALUE
</source>
        <translation>confab mcp add: --env erwartet NAME=WERT
</translation>
    </message>
    <message>
        <source>Added %1: %2
</source>
        <translation>%1 hinzugefügt: %2
</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>confab mcp tools: no server named %1 (see confab mcp list)
</source>
        <translation>confab mcp tools: kein Server namens %1 (siehe confab mcp list)
</translation>
    </message>
    <message>
        <source>confab mcp tools: the keychain did not give the secrets of %1: %2
</source>
        <translation>confab mcp tools: Der Schlüsselbund hat die Geheimnisse von %1 nicht herausgegeben: %2
</translation>
    </message>
    <message>
        <source>confab mcp tools: %1: %2
</source>
        <translation>confab mcp tools: %1: %2
</translation>
    </message>
    <message>
        <source>confab mcp remove: no server named %1
</source>
        <translation>confab mcp remove: kein Server namens %1
</translation>
    </message>
    <message>
        <source>Removed %1
</source>
        <translation>%1 entfernt
</translation>
    </message>
    <message>
        <source>confab mcp import: cannot read %1: %2
</source>
        <translation>confab mcp import: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>confab mcp import: %1
</source>
        <translation>confab mcp import: %1
</translation>
    </message>
    <message>
        <source>A remote (Streamable HTTP) server at &lt;url&gt;.</source>
        <translation>Ein entfernter Server (Streamable HTTP) unter &lt;url&gt;.</translation>
    </message>
    <message>
        <source>An HTTP header &quot;Name: value&quot; for the server (kept in the keychain).</source>
        <translation>Ein HTTP-Header „Name: Wert“ für den Server (im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>An environment variable NAME=VALUE for the server (kept in the keychain).</source>
        <translation>Eine Umgebungsvariable NAME=WERT für den Server (im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>Seconds a tool call may take (default 60).</source>
        <translation>Sekunden, die ein Werkzeugaufruf dauern darf (Standard 60).</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; an MCP configuration is far smaller.</source>
        <translation>Die Datei ist größer als 1 MB; eine MCP-Konfiguration ist viel kleiner.</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object in the file.</source>
        <translation>Die Datei enthält kein „mcpServers“-Objekt.</translation>
    </message>
    <message>
        <source>%1: a server name may only have letters, digits, - and _ (at most 40)</source>
        <translation>%1: Ein Servername darf nur Buchstaben, Ziffern, - und _ enthalten (höchstens 40)</translation>
    </message>
    <message>
        <source>%1: the old HTTP+SSE transport is not supported</source>
        <translation>%1: Der alte HTTP+SSE-Transport wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: not an http or https URL</source>
        <translation>%1: keine http- oder https-URL</translation>
    </message>
    <message>
        <source>%1: neither a command nor a URL</source>
        <translation>%1: weder ein Befehl noch eine URL</translation>
    </message>
    <message>
        <source> (says it is read-only)</source>
        <translation> (gibt an, nur zu lesen)</translation>
    </message>
    <message>
        <source> (may change or delete things)</source>
        <translation> (kann Dinge ändern oder löschen)</translation>
    </message>
    <message>
        <source>confab: refused the tool call %1: there is no terminal to ask on. Allow it with --allow %2 (or --allow-all).
</source>
        <translation>confab: Werkzeugaufruf %1 abgelehnt: Es gibt kein Terminal, auf dem gefragt werden kann. Erlauben Sie ihn mit --allow %2 (oder --allow-all).
</translation>
    </message>
    <message>
        <source>
The model wants to call %1 of the server %2%3 with:
  %4
</source>
        <translation>
Das Modell möchte %1 des Servers %2%3 aufrufen mit:
  %4
</translation>
    </message>
    <message>
        <source>Its description or schema changed since you always allowed it.
</source>
        <translation>Seine Beschreibung oder sein Schema hat sich geändert, seit Sie es immer erlaubt haben.
</translation>
    </message>
    <message>
        <source>Allow it? [o]nce, [a]lways, [d]eny: </source>
        <translation>Erlauben? [o] einmal, [a] immer, [d] ablehnen: </translation>
    </message>
    <message>
        <source>Answer o (once), a (always) or d (deny): </source>
        <translation>Antworten Sie o (einmal), a (immer) oder d (ablehnen): </translation>
    </message>
    <message>
        <source>(not asked any more)
</source>
        <translation>(wird nicht mehr gefragt)
</translation>
    </message>
    <message>
        <source>The keychain did not give this server&apos;s secrets: %1</source>
        <translation>Der Schlüsselbund hat die Geheimnisse dieses Servers nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation>Der Server hat seine Werkzeuge nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>confab: declined the request of the server %1 for input (&quot;%2&quot;): there is no terminal to ask on.
</source>
        <translation>confab: Die Eingabeanfrage des Servers %1 („%2“) wurde abgelehnt: Es gibt kein Terminal, auf dem gefragt werden könnte.
</translation>
    </message>
    <message>
        <source>
The server %1 asks:
  %2
Answer it? [a]nswer, [d]ecline, [c]ancel: </source>
        <translation>
Der Server %1 fragt:
  %2
Antworten? [a] antworten, [d] ablehnen, [c] abbrechen: </translation>
    </message>
    <message>
        <source> (yes/no)</source>
        <translation> (ja/nein)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Answer a (answer), d (decline) or c (cancel): </source>
        <translation>Antworten Sie a (antworten), d (ablehnen) oder c (abbrechen): </translation>
    </message>
    <message>
        <source>  %1 is required: </source>
        <translation>  %1 ist erforderlich: </translation>
    </message>
    <message>
        <source>  That does not fit what the server asks for; again: </source>
        <translation>  Das passt nicht zu dem, was der Server verlangt; noch einmal: </translation>
    </message>
</context>
<context>
    <name>MessageAccessibleText</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>1 picture of “%1”</source>
        <translation>1 Bild zu „%1“</translation>
    </message>
    <message>
        <source>%1 pictures of “%2”</source>
        <translation>%1 Bilder zu „%2“</translation>
    </message>
    <message>
        <source>1 attached picture</source>
        <translation>1 angehängtes Bild</translation>
    </message>
    <message>
        <source>%1 attached pictures</source>
        <translation>%1 angehängte Bilder</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 pictures</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>schreibt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>took %1 seconds</source>
        <translation>dauerte %1 Sekunden</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>cost $%1</source>
        <translation>Kosten %1 $</translation>
    </message>
    <message>
        <source>%1 by %2 %3</source>
        <translation>%1 mal %2 %3</translation>
    </message>
    <message>
        <source>Pictures of “%1”: %2</source>
        <translation>Bilder zu „%1“: %2</translation>
    </message>
    <message>
        <source>Pictures: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source>Press Enter to view the picture</source>
        <translation>Eingabetaste drücken, um das Bild anzuzeigen</translation>
    </message>
    <message>
        <source>waiting for your approval</source>
        <translation>wartet auf deine Zustimmung</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>the tool reported an error</source>
        <translation>das Werkzeug meldete einen Fehler</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>tool %1 of %2, %3</source>
        <translation>Werkzeug %1 von %2, %3</translation>
    </message>
    <message>
        <source>Press U to show or hide the tool calls</source>
        <translation>U drücken, um die Werkzeugaufrufe ein- oder auszublenden</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <source>Message %1 has already finished; reset it for a retry first.</source>
        <translation>Nachricht %1 ist bereits abgeschlossen; setze sie zuerst für einen neuen Versuch zurück.</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model list from the server could not be read</source>
        <translation>Die Modellliste vom Server konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OpenRouterClient</name>
    <message>
        <source>The server&apos;s answer about the key could not be read</source>
        <translation>Die Antwort des Servers zum Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The generation&apos;s statistics could not be read</source>
        <translation>Die Statistik der Generierung konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PdfEngine</name>
    <message>
        <source>Text extraction (Cloudflare Workers AI)</source>
        <translation>Textauszug (Cloudflare Workers AI)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>OCR for scans and pictures (Mistral OCR)</source>
        <translation>OCR für Scans und Bilder (Mistral OCR)</translation>
    </message>
    <message>
        <source>billed per 1,000 pages</source>
        <translation>pro 1.000 Seiten berechnet</translation>
    </message>
    <message>
        <source>The model reads the file itself</source>
        <translation>Das Modell liest die Datei selbst</translation>
    </message>
    <message>
        <source>billed as input tokens</source>
        <translation>als Eingabe-Tokens berechnet</translation>
    </message>
</context>
<context>
    <name>PromptValidator</name>
    <message>
        <source>Type a message first.</source>
        <translation>Schreibe zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>This prompt is %1 characters; the limit is %2.</source>
        <translation>Dieser Prompt hat %1 Zeichen; erlaubt sind %2.</translation>
    </message>
    <message>
        <source>This message has %1 images; the limit is %2. Remove some and send again.</source>
        <translation>Diese Nachricht hat %1 Bilder; erlaubt sind %2. Entferne einige und sende erneut.</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>%1 choices</source>
        <translation>Auswahl für %1</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>Treffer für %1</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>Treffer für %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short day and month, as QLocale formats dates</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>short date, as QLocale formats dates</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>QToolButton</name>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message>
        <source>The server asked Confab to slow down. Sending again is possible in %1.</source>
        <translation>Der Server hat Confab gebeten, langsamer zu werden. Senden ist wieder möglich in %1.</translation>
    </message>
    <message numerus="yes">
        <source>You have sent %n request(s) in the last minute; the next one can go in %1. Change the limit in Settings → Limits.</source>
        <translation>
            <numerusform>Du hast in der letzten Minute %n Anfrage gesendet; die nächste ist in %1 möglich. Ändere das Limit unter Einstellungen → Limits.</numerusform>
            <numerusform>Du hast in der letzten Minute %n Anfragen gesendet; die nächste ist in %1 möglich. Ändere das Limit unter Einstellungen → Limits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, angeheftet</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv: %1</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keinen Chat %1.</translation>
    </message>
</context>
<context>
    <name>SpendGuard</name>
    <message>
        <source>Daily spending cap of %1 reached (%2 spent today). Raise it in Settings → Limits.</source>
        <translation>Tageslimit von %1 erreicht (heute %2 ausgegeben). Erhöhe es unter Einstellungen → Limits.</translation>
    </message>
    <message>
        <source>This request (about %1) would go over your daily spending cap of %2 (%3 spent today). Raise it in Settings → Limits.</source>
        <translation>Diese Anfrage (etwa %1) würde dein Tageslimit von %2 überschreiten (heute %3 ausgegeben). Erhöhe es unter Einstellungen → Limits.</translation>
    </message>
    <message>
        <source>You have used %1 % of your daily cap of %2.</source>
        <translation>Du hast %1 % deines Tageslimits von %2 verbraucht.</translation>
    </message>
    <message>
        <source>Monthly spending cap of %1 reached (%2 spent this month). Raise it in Settings → Limits.</source>
        <translation>Monatslimit von %1 erreicht (diesen Monat %2 ausgegeben). Erhöhe es unter Einstellungen → Limits.</translation>
    </message>
    <message>
        <source>This request (about %1) would go over your monthly spending cap of %2 (%3 spent this month). Raise it in Settings → Limits.</source>
        <translation>Diese Anfrage (etwa %1) würde dein Monatslimit von %2 überschreiten (diesen Monat %3 ausgegeben). Erhöhe es unter Einstellungen → Limits.</translation>
    </message>
    <message>
        <source>You have used %1 % of your monthly cap of %2.</source>
        <translation>Du hast %1 % deines Monatslimits von %2 verbraucht.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>snapshot %1 has a manifest this version cannot read</source>
        <translation>Schnappschuss %1 hat ein Inhaltsverzeichnis, das diese Version nicht lesen kann</translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <extracomment>%2 is a phrase naming the part, such as “segment 0 is incomplete”.</extracomment>
        <translation>Schnappschuss %1: %2</translation>
    </message>
    <message>
        <source>changes made here are not published yet</source>
        <translation>hier gemachte Änderungen sind noch nicht veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>snapshot %1 needs %n image(s) still on their way (%2)</source>
        <translation>
            <numerusform>Schnappschuss %1 braucht %n Bild, das noch unterwegs ist (%2)</numerusform>
            <numerusform>Schnappschuss %1 braucht %n Bilder, die noch unterwegs sind (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>writing a snapshot: %1</source>
        <translation>Schnappschuss schreiben: %1</translation>
    </message>
    <message>
        <source>The shared folder (Syncthing, Dropbox, …); default: the one set in Settings.</source>
        <translation>Der gemeinsame Ordner (Syncthing, Dropbox, …); Standard: der in den Einstellungen gewählte.</translation>
    </message>
    <message>
        <source>Call this device &lt;name&gt; from now on.</source>
        <translation>Dieses Gerät ab jetzt &lt;name&gt; nennen.</translation>
    </message>
    <message>
        <source>confab sync: no sync folder; pass --folder DIR or choose one in Settings → Sync.
</source>
        <translation>confab sync: kein Sync-Ordner; gib --folder DIR an oder wähle einen unter Einstellungen → Sync.
</translation>
    </message>
    <message>
        <source>This device: %1 (%2)
Folder: %3
</source>
        <translation>Dieses Gerät: %1 (%2)
Ordner: %3
</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no change applied yet</comment>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>Device %1 (%2): %n segment(s) applied, last change %3</source>
        <translation>
            <numerusform>Gerät %1 (%2): %n Segment übernommen, letzte Änderung %3</numerusform>
            <numerusform>Gerät %1 (%2): %n Segmente übernommen, letzte Änderung %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, waiting: %1</source>
        <translation>, ausstehend: %1</translation>
    </message>
    <message>
        <source>the history is busy: %1</source>
        <translation>der Verlauf ist belegt: %1</translation>
    </message>
    <message>
        <source>the history at %1 has no sync tables (is it open in Confab?)</source>
        <translation>der Verlauf unter %1 hat keine Sync-Tabellen (ist er in Confab geöffnet?)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <comment>in the sync summary</comment>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <comment>after “in” and “from” in the sync summary</comment>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Published %1 in %2; applied %3 from %4.</source>
        <extracomment>%1 and %3 are “%n change(s)”, %2 and %4 “%n segment(s)”.</extracomment>
        <translation>%1 in %2 veröffentlicht; %3 aus %4 übernommen.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>publishing: %1</source>
        <translation>Veröffentlichen: %1</translation>
    </message>
    <message>
        <source>publishing: %1 (the changes are kept and sent next round)</source>
        <translation>Veröffentlichen: %1 (die Änderungen bleiben erhalten und werden in der nächsten Runde gesendet)</translation>
    </message>
    <message>
        <source>segment %1 has not arrived yet (later ones have)</source>
        <translation>Segment %1 ist noch nicht angekommen (spätere schon)</translation>
    </message>
    <message numerus="yes">
        <source>segment %1 needs %n image(s) still on their way (%2)</source>
        <translation>
            <numerusform>Segment %1 braucht %n Bild, das noch unterwegs ist (%2)</numerusform>
            <numerusform>Segment %1 braucht %n Bilder, die noch unterwegs sind (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>applying segment %1 of %2 failed: %3</source>
        <translation>Segment %1 von %2 konnte nicht übernommen werden: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>no sync folder is set</source>
        <translation>kein Sync-Ordner festgelegt</translation>
    </message>
    <message>
        <source>the sync folder %1 is not there (offline or unmounted?)</source>
        <translation>der Sync-Ordner %1 ist nicht da (offline oder nicht eingehängt?)</translation>
    </message>
    <message>
        <source>cannot create folders in %1 (read-only?)</source>
        <translation>in %1 können keine Ordner angelegt werden (schreibgeschützt?)</translation>
    </message>
    <message>
        <source>segment %1 cannot be read</source>
        <translation>Segment %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>segment %1 is incomplete</source>
        <translation>Segment %1 ist unvollständig</translation>
    </message>
    <message>
        <source>segment %1 is incomplete or damaged (checksum)</source>
        <translation>Segment %1 ist unvollständig oder beschädigt (Prüfsumme)</translation>
    </message>
    <message>
        <source>segment %1 has an unknown format</source>
        <translation>Segment %1 hat ein unbekanntes Format</translation>
    </message>
    <message>
        <source>segment %1 names another device or sequence number</source>
        <translation>Segment %1 nennt ein anderes Gerät oder eine andere Laufnummer</translation>
    </message>
    <message>
        <source>segment %1 holds a line that is not JSON</source>
        <translation>Segment %1 enthält eine Zeile, die kein JSON ist</translation>
    </message>
    <message>
        <source>segment %1 has the wrong number of records</source>
        <translation>Segment %1 hat die falsche Anzahl an Einträgen</translation>
    </message>
    <message>
        <source>could not record what was published: %1</source>
        <translation>was veröffentlicht wurde, konnte nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1</source>
        <translation>die Passphrase-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen sind verschieden</translation>
    </message>
    <message>
        <source>Read the encrypted folder&apos;s passphrase from the first line of &lt;file&gt; (else CONFAB_SYNC_PASSPHRASE, else a prompt).</source>
        <translation>Die Passphrase des verschlüsselten Ordners aus der ersten Zeile von &lt;file&gt; lesen (sonst CONFAB_SYNC_PASSPHRASE, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>Encrypt a folder that is synced in plain text.</source>
        <translation>Einen unverschlüsselt synchronisierten Ordner verschlüsseln.</translation>
    </message>
    <message>
        <source>Sync a new folder without encryption.</source>
        <translation>Einen neuen Ordner ohne Verschlüsselung synchronisieren.</translation>
    </message>
    <message>
        <source>Passphrase of the sync folder: </source>
        <translation>Passphrase des Sync-Ordners: </translation>
    </message>
    <message>
        <source>Choose a passphrase for the sync folder: </source>
        <translation>Wähle eine Passphrase für den Sync-Ordner: </translation>
    </message>
    <message>
        <source>confab sync: %1
</source>
        <translation>confab sync: %1
</translation>
    </message>
    <message>
        <source>the folder is encrypted; give its passphrase on the terminal, with --passphrase-file FILE or in CONFAB_SYNC_PASSPHRASE</source>
        <translation>der Ordner ist verschlüsselt; gib seine Passphrase im Terminal, mit --passphrase-file FILE oder in CONFAB_SYNC_PASSPHRASE an</translation>
    </message>
    <message>
        <source>a new sync folder is encrypted; choose a passphrase (on the terminal, --passphrase-file FILE or CONFAB_SYNC_PASSPHRASE), or pass --plain</source>
        <translation>ein neuer Sync-Ordner wird verschlüsselt; wähle eine Passphrase (im Terminal, mit --passphrase-file FILE oder CONFAB_SYNC_PASSPHRASE) oder gib --plain an</translation>
    </message>
    <message>
        <source>confab sync: a passphrase needs at least %1 characters
</source>
        <translation>confab sync: eine Passphrase braucht mindestens %1 Zeichen
</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>too short: at least %1 characters</source>
        <translation>zu kurz: mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>weak: add a few more words</source>
        <translation>schwach: füge ein paar Wörter hinzu</translation>
    </message>
    <message>
        <source>fair: another word or two makes it strong</source>
        <translation>mittel: ein, zwei Wörter mehr machen sie stark</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>the encryption library cannot start</source>
        <translation>die Verschlüsselungsbibliothek startet nicht</translation>
    </message>
    <message>
        <source>the key could not be derived from the passphrase</source>
        <translation>der Schlüssel konnte nicht aus der Passphrase abgeleitet werden</translation>
    </message>
    <message>
        <source>the folder key file %1 is missing, damaged or of an unknown kind</source>
        <translation>die Schlüsseldatei %1 des Ordners fehlt, ist beschädigt oder unbekannter Art</translation>
    </message>
    <message>
        <source>the folder key file %1 asks for key derivation outside the bounds Confab accepts</source>
        <translation>die Schlüsseldatei %1 des Ordners verlangt eine Schlüsselableitung außerhalb der Grenzen, die Confab annimmt</translation>
    </message>
    <message>
        <source>the passphrase does not open this sync folder</source>
        <translation>die Passphrase öffnet diesen Sync-Ordner nicht</translation>
    </message>
    <message>
        <source>the folder key file %1 is missing or belongs to another key</source>
        <translation>die Schlüsseldatei %1 des Ordners fehlt oder gehört zu einem anderen Schlüssel</translation>
    </message>
    <message>
        <source>is sealed, and this device holds no key for the folder</source>
        <translation>ist versiegelt, und dieses Gerät hat keinen Schlüssel für den Ordner</translation>
    </message>
    <message>
        <source>is not sealed, in a folder whose files all are</source>
        <translation>ist nicht versiegelt, in einem Ordner, dessen Dateien alle versiegelt sind</translation>
    </message>
    <message>
        <source>is incomplete</source>
        <translation>ist unvollständig</translation>
    </message>
    <message>
        <source>was sealed with another key or altered</source>
        <translation>wurde mit einem anderen Schlüssel versiegelt oder verändert</translation>
    </message>
    <message>
        <source>holds more than %1 MB</source>
        <translation>enthält mehr als %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>how far a clock is ahead</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>how far a clock is ahead</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>its clock is %1 ahead: its changes are applied but do not win over other edits until its date and time are set right</source>
        <extracomment>%1 is “%n day(s)” or “%n hour(s)”.</extracomment>
        <translation>seine Uhr geht %1 vor: seine Änderungen werden übernommen, setzen sich aber nicht gegen andere durch, bis Datum und Uhrzeit dort stimmen</translation>
    </message>
    <message>
        <source>Stopped. Published %1 in %2 and applied %3 from %4 before that; the next round goes on from there.</source>
        <extracomment>%1 and %3 are “%n change(s)”, %2 and %4 “%n segment(s)”.</extracomment>
        <translation>Angehalten. Davor %1 in %2 veröffentlicht und %3 aus %4 übernommen; die nächste Runde macht dort weiter.</translation>
    </message>
    <message>
        <source>the sync folder is encrypted and this device does not hold its key yet; enter its passphrase in Settings → Sync (or pass --passphrase-file)</source>
        <translation>der Sync-Ordner ist verschlüsselt, und dieses Gerät hat seinen Schlüssel noch nicht; gib seine Passphrase unter Einstellungen → Sync ein (oder --passphrase-file)</translation>
    </message>
    <message>
        <source>sealing this device&apos;s earlier segments: %1</source>
        <translation>frühere Segmente dieses Geräts versiegeln: %1</translation>
    </message>
    <message>
        <source>segment %1 refers to a picture larger than %2 MB (%3); it is not applied</source>
        <translation>Segment %1 verweist auf ein Bild größer als %2 MB (%3); es wird nicht übernommen</translation>
    </message>
    <message>
        <source>this device does not hold the folder&apos;s key; enter the current passphrase first</source>
        <translation>dieses Gerät hat den Schlüssel des Ordners nicht; gib zuerst die aktuelle Passphrase ein</translation>
    </message>
    <message>
        <source>segment %1 is %2 MB, more than the %3 MB a segment may hold; it is not applied</source>
        <translation>Segment %1 ist %2 MB groß, mehr als die %3 MB, die ein Segment haben darf; es wird nicht übernommen</translation>
    </message>
    <message>
        <source>segment %1 %2; it is not applied</source>
        <extracomment>%2 is a phrase such as “was sealed with another key or altered”.</extracomment>
        <translation>Segment %1 %2; es wird nicht übernommen</translation>
    </message>
    <message>
        <source>segment %1 expands to more than %2 MB; it is not applied</source>
        <translation>Segment %1 entpackt sich auf mehr als %2 MB; es wird nicht übernommen</translation>
    </message>
    <message>
        <source>segment %1 holds a change larger than %2 MB; it is not applied</source>
        <translation>Segment %1 enthält eine Änderung größer als %2 MB; es wird nicht übernommen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than a synced change may hold; it stays on this device</source>
        <translation>%1 ist größer als %2 MB, mehr als eine synchronisierte Änderung haben darf; es bleibt auf diesem Gerät</translation>
    </message>
    <message>
        <source>segment %1 refers to a document larger than %2 MB (%3); it is not applied</source>
        <translation>Segment %1 verweist auf ein Dokument größer als %2 MB (%3); es wird nicht übernommen</translation>
    </message>
    <message numerus="yes">
        <source>segment %1 needs %n document(s) still on their way (%2)</source>
        <translation>
            <numerusform>Segment %1 braucht %n Dokument, das noch unterwegs ist (%2)</numerusform>
            <numerusform>Segment %1 braucht %n Dokumente, die noch unterwegs sind (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the document %1 is larger than %2 MB</source>
        <translation>das Dokument %1 ist größer als %2 MB</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln message(s)</source>
        <translation>
            <numerusform>%1 von %Ln Nachricht</numerusform>
            <numerusform>%1 von %Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>confab::AttachmentIntake</name>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::AuthDiscovery</name>
    <message>
        <source>The server asks for a sign-in but does not say where (no protected resource metadata; %1).</source>
        <translation>Der Server verlangt eine Anmeldung, sagt aber nicht, wo (keine Metadaten der geschützten Ressource; %1).</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in metadata is for another resource (%1), so Confab will not send a login for it.</source>
        <translation>Die Anmelde-Metadaten des Servers gelten für eine andere Ressource (%1), daher sendet Confab keine Anmeldung dafür.</translation>
    </message>
    <message>
        <source>The sign-in server %1 does not publish its metadata (%2).</source>
        <translation>Der Anmeldeserver %1 veröffentlicht seine Metadaten nicht (%2).</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s metadata at %1 is not usable: %2.</source>
        <translation>Die Metadaten des Anmeldeservers unter %1 sind nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s metadata names another issuer (%1 instead of %2).</source>
        <translation>Die Metadaten des Anmeldeservers nennen einen anderen Aussteller (%1 statt %2).</translation>
    </message>
    <message>
        <source>The sign-in server %1 does not offer PKCE (S256), which MCP requires; Confab will not sign in there.</source>
        <translation>Der Anmeldeserver %1 bietet kein PKCE (S256) an, das MCP verlangt; Confab meldet sich dort nicht an.</translation>
    </message>
</context>
<context>
    <name>confab::AutoTurn</name>
    <message>
        <source>Starting the chat&apos;s tool servers…</source>
        <translation>Die Werkzeugserver des Chats starten …</translation>
    </message>
</context>
<context>
    <name>confab::Backend</name>
    <message>
        <source>Confab&apos;s check of its history found damage (%1). Export what you can now with File → Export history; a backup, if there is one, is next to %2.</source>
        <translation>Confabs Prüfung des Verlaufs hat Schäden gefunden (%1). Exportieren Sie jetzt, was noch geht, mit Datei → Verlauf exportieren; eine Sicherung, falls vorhanden, liegt neben %2.</translation>
    </message>
</context>
<context>
    <name>confab::ConversationEngine</name>
    <message>
        <source>Reading your API keys from the keychain…</source>
        <translation>Deine API-Schlüssel werden aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Add your %1 API key in Settings → Keys (or set %3) to send in %2 mode.</source>
        <translation>Füge deinen %1-API-Schlüssel unter Einstellungen → Schlüssel hinzu (oder setze %3), um im Modus „%2“ zu senden.</translation>
    </message>
    <message>
        <source>You are offline, so nothing can be sent to %1. Your history, search and export still work, and what you typed is kept.</source>
        <translation>Du bist offline, daher kann nichts an %1 gesendet werden. Verlauf, Suche und Export funktionieren weiterhin, und deine Eingabe bleibt erhalten.</translation>
    </message>
    <message>
        <source>An attached image is no longer in the image store; attach it again.</source>
        <translation>Ein angehängtes Bild ist nicht mehr im Bildspeicher; hänge es erneut an.</translation>
    </message>
    <message>
        <source>Choose between 1 and 4 images (asked for %1).</source>
        <translation>Wähle zwischen 1 und 4 Bildern (angefragt: %1).</translation>
    </message>
    <message>
        <source>This chat is still answering. Stop it or wait for it to finish.</source>
        <translation>Dieser Chat antwortet noch. Halte ihn an oder warte, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Attach an image to edit (drop, paste or pick one), or generate one first.</source>
        <translation>Hänge ein Bild zum Bearbeiten an (ablegen, einfügen oder auswählen) oder erzeuge zuerst eines.</translation>
    </message>
    <message>
        <source>Could not start a new chat: %1</source>
        <translation>Neuer Chat konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the message: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no answer to run again.</source>
        <translation>Es gibt keine Antwort, die erneut erzeugt werden kann.</translation>
    </message>
    <message>
        <source>The question this answer belongs to is gone, so it cannot be run again.</source>
        <translation>Die Frage zu dieser Antwort ist nicht mehr vorhanden, daher kann sie nicht erneut erzeugt werden.</translation>
    </message>
    <message>
        <source>The question you edited is no longer in this chat.</source>
        <translation>Die bearbeitete Frage ist nicht mehr in diesem Chat vorhanden.</translation>
    </message>
    <message>
        <source>Only a stopped answer with some text can be continued.</source>
        <translation>Nur eine angehaltene Antwort, die bereits Text enthält, kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Only text answers can be continued; use Retry for images.</source>
        <translation>Nur Textantworten können fortgesetzt werden; verwende für Bilder „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image edit model Confab offers; choose one of: %2.</source>
        <translation>„%1“ ist kein Bildbearbeitungsmodell, das Confab anbietet; wähle eines von: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text-to-image model Confab offers; choose one of: %2.</source>
        <translation>„%1“ ist kein Text-zu-Bild-Modell, das Confab anbietet; wähle eines von: %2.</translation>
    </message>
</context>
<context>
    <name>confab::HttpTransport</name>
    <message>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>The server&apos;s answer of %1 MB is over the limit of %2 MB; it was refused</source>
        <translation>Die Antwort des Servers mit %1 MB liegt über der Grenze von %2 MB; sie wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server sent a message over the limit of %1 MB; it was refused</source>
        <translation>Der Server hat eine Nachricht über der Grenze von %1 MB geschickt; sie wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s answer is over the limit of %1 MB; it was refused</source>
        <translation>Die Antwort des Servers liegt über der Grenze von %1 MB; sie wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server refused access (HTTP 401)</source>
        <translation>Der Server hat den Zugriff verweigert (HTTP 401)</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>Der Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>HTTP %1 from the server: %2</source>
        <translation>HTTP %1 vom Server: %2</translation>
    </message>
    <message>
        <source>The server answered without a result (HTTP %1)</source>
        <translation>Der Server hat ohne Ergebnis geantwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>The server closed the stream before answering</source>
        <translation>Der Server hat den Stream vor der Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>confab::ImageTurn</name>
    <message>
        <source>The image was blocked by fal&apos;s safety checker and is not shown.</source>
        <translation>Das Bild wurde von fals Sicherheitsprüfung blockiert und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>All %1 images were blocked by fal&apos;s safety checker and are not shown.</source>
        <translation>Alle %1 Bilder wurden von fals Sicherheitsprüfung blockiert und werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 of %2 images were blocked by fal&apos;s safety checker and are not shown.</source>
        <translation>%1 von %2 Bildern wurden von fals Sicherheitsprüfung blockiert und werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>fal.ai finished but returned no images.</source>
        <translation>fal.ai ist fertig, hat aber keine Bilder geliefert.</translation>
    </message>
</context>
<context>
    <name>confab::LoopbackRedirect</name>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Sign-in did not succeed. Return to Confab to see why.</source>
        <translation>Die Anmeldung ist nicht gelungen. Kehren Sie zu Confab zurück, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and return to Confab.</source>
        <translation>Angemeldet. Sie können diesen Tab schließen und zu Confab zurückkehren.</translation>
    </message>
</context>
<context>
    <name>confab::McpClient</name>
    <message>
        <source>The connection to the server was closed</source>
        <translation>Die Verbindung zum Server wurde geschlossen</translation>
    </message>
    <message>
        <source>The server did not initialize: %1</source>
        <translation>Der Server wurde nicht initialisiert: %1</translation>
    </message>
    <message>
        <source>The server speaks MCP revision &quot;%1&quot;, which Confab does not support</source>
        <translation>Der Server spricht die MCP-Revision „%1“, die Confab nicht unterstützt</translation>
    </message>
    <message>
        <source>No answer from the server within %1 s</source>
        <translation>Keine Antwort vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error %1 from the server</source>
        <translation>Fehler %1 vom Server</translation>
    </message>
    <message>
        <source>The server speaks only MCP revisions %1, none of which Confab supports</source>
        <translation>Der Server spricht nur die MCP-Revisionen %1, von denen Confab keine unterstützt</translation>
    </message>
    <message>
        <source>The server refused to connect: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server kept asking for more input; the call was given up</source>
        <translation>Der Server fragte immer weiter nach Eingaben; der Aufruf wurde aufgegeben</translation>
    </message>
    <message>
        <source>The server asked for %1, which Confab does not support</source>
        <translation>Der Server verlangte %1, was Confab nicht unterstützt</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept the initialized notification within %n s</source>
        <translation>
            <numerusform>Der Server hat die initialized-Benachrichtigung nicht innerhalb von %n Sekunde angenommen</numerusform>
            <numerusform>Der Server hat die initialized-Benachrichtigung nicht innerhalb von %n Sekunden angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept the initialized notification: %1</source>
        <translation>Der Server hat die initialized-Benachrichtigung nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>confab::McpToolCall</name>
    <message>
        <source>The arguments were not a JSON object: %1.</source>
        <translation>Die Argumente waren kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>Nobody could be asked to allow it.</source>
        <translation>Niemand konnte um Erlaubnis gefragt werden.</translation>
    </message>
    <message>
        <source>The user denied it.</source>
        <translation>Der Nutzer hat es abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 is not running: %2</source>
        <translation>Der Server %1 läuft nicht: %2</translation>
    </message>
    <message>
        <source>Stopped before it was allowed.</source>
        <translation>Angehalten, bevor es erlaubt wurde.</translation>
    </message>
    <message>
        <source>The user stopped it.</source>
        <translation>Der Nutzer hat es angehalten.</translation>
    </message>
</context>
<context>
    <name>confab::OAuthAuthorization</name>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in.</source>
        <translation>%1 verlangt, dass Sie sich anmelden.</translation>
    </message>
    <message>
        <source>%1 refused this request.</source>
        <translation>%1 hat diese Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>%1 asks for permissions (%2) that signing in did not grant.</source>
        <translation>%1 verlangt Berechtigungen (%2), die die Anmeldung nicht gewährt hat.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Bei %1 abgemeldet.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again.</source>
        <translation>%1 verlangt, dass Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Confab cannot open a browser here to sign in.</source>
        <translation>Confab kann hier keinen Browser zur Anmeldung öffnen.</translation>
    </message>
    <message>
        <source>Signing in to %1 in your browser…</source>
        <translation>Anmeldung bei %1 im Browser …</translation>
    </message>
    <message>
        <source>%1 keeps refusing the sign-in Confab obtained; giving up.</source>
        <translation>%1 lehnt die Anmeldung, die Confab erhalten hat, weiterhin ab; Confab gibt auf.</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>confab::OAuthLogin</name>
    <message>
        <source>The sign-in was not finished in the browser in time.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Confab could not listen on this computer for the browser&apos;s answer.</source>
        <translation>Confab konnte auf diesem Computer nicht auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <source>This server needs a client ID for Confab, and its sign-in server does not let apps register themselves.</source>
        <translation>Dieser Server braucht eine Client-ID für Confab, und sein Anmeldeserver lässt Apps sich nicht selbst registrieren.</translation>
    </message>
    <message>
        <source>Confab could not register with the sign-in server (%1).</source>
        <translation>Confab konnte sich beim Anmeldeserver nicht registrieren (%1).</translation>
    </message>
    <message>
        <source>The sign-in answer came from another server than %1, so Confab refused it.</source>
        <translation>Die Antwort auf die Anmeldung kam von einem anderen Server als %1, daher hat Confab sie abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in (%1).</source>
        <translation>Der Anmeldeserver hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer had no authorization code.</source>
        <translation>Die Antwort des Anmeldeservers enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in server did not hand out a token (%1).</source>
        <translation>Der Anmeldeserver hat kein Token ausgegeben (%1).</translation>
    </message>
</context>
<context>
    <name>confab::StdioTransport</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 sent a message over the limit of %2 MB; it was refused</source>
        <translation>%1 hat eine Nachricht über der Grenze von %2 MB geschickt; sie wurde abgelehnt</translation>
    </message>
    <message>
        <source>(a line over 4 KB)</source>
        <translation>(eine Zeile über 4 KB)</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 wurde mit Code %2 beendet</translation>
    </message>
    <message>
        <source>The server&apos;s process is not running</source>
        <translation>Der Prozess des Servers läuft nicht</translation>
    </message>
</context>
<context>
    <name>confab::SyncService</name>
    <message>
        <source>choose a passphrase to encrypt the new sync folder, or sync it without encryption</source>
        <translation>wähle eine Passphrase, um den neuen Sync-Ordner zu verschlüsseln, oder synchronisiere ihn ohne Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>confab::ui::AttachmentStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Angehängtes Bild %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
</context>
<context>
    <name>confab::ui::BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Total %1, highest %2 (%3)</source>
        <translation>Gesamt %1, höchster Wert %2 (%3)</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
</context>
<context>
    <name>confab::ui::ChatPresenter</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>image from this chat</source>
        <translation>Bild aus diesem Chat</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
    <message>
        <source>An answer in another chat failed: %1</source>
        <translation>Eine Antwort in einem anderen Chat ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>New chat with the preset &quot;%1&quot;.</source>
        <translation>Neuer Chat mit der Vorlage „%1“.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>confab::ui::ChatSettingsDialog</name>
    <message>
        <source>App default (the model&apos;s own limit)</source>
        <translation>App-Standard (die Grenze des Modells)</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <source>Start from preset</source>
        <translation>Vorlage übernehmen</translation>
    </message>
    <message>
        <source>Start from &amp;preset:</source>
        <translation>&amp;Vorlage übernehmen:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>How the assistant should behave in this chat (empty: the app&apos;s system prompt from Settings, if any)</source>
        <translation>Wie sich der Assistent in diesem Chat verhalten soll (leer: der Systemprompt der App aus den Einstellungen, falls vorhanden)</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemprompt:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>0 is focused and repeatable, 2 is most varied. Not sent while it says &quot;Model default&quot;.</source>
        <translation>0 ist fokussiert und wiederholbar, 2 am abwechslungsreichsten. Wird nicht gesendet, solange „Modellstandard“ angezeigt wird.</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Only the likeliest words whose chances add up to this are considered. Not sent while it says &quot;Model default&quot;.</source>
        <translation>Nur die wahrscheinlichsten Wörter, deren Wahrscheinlichkeiten zusammen diesen Wert ergeben, werden berücksichtigt. Wird nicht gesendet, solange „Modellstandard“ angezeigt wird.</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>Longest answer in tokens</source>
        <translation>Längste Antwort in Tokens</translation>
    </message>
    <message>
        <source>App default (%1)</source>
        <translation>App-Standard (%1)</translation>
    </message>
    <message>
        <source>Longest &amp;answer (tokens):</source>
        <translation>&amp;Längste Antwort (Tokens):</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern …</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(Vorlage wählen)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset (an existing one of that name is replaced):</source>
        <translation>Name der Vorlage (eine vorhandene Vorlage mit diesem Namen wird ersetzt):</translation>
    </message>
    <message>
        <source>How PDFs are read</source>
        <translation>Wie PDFs gelesen werden</translation>
    </message>
    <message>
        <source>How OpenRouter reads this chat&apos;s PDFs for a model that cannot read files itself. Engines marked with $ cost money.</source>
        <translation>Wie OpenRouter die PDFs dieses Chats für ein Modell liest, das selbst keine Dateien lesen kann. Mit $ markierte Engines kosten Geld.</translation>
    </message>
    <message>
        <source>Automatic: the model&apos;s own reading if it has one, else free extraction</source>
        <translation>Automatisch: das Modell liest selbst, wenn es kann, sonst kostenloser Textauszug</translation>
    </message>
    <message>
        <source>%1 — $ %2</source>
        <translation>%1 — $ %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>P&amp;DFs:</source>
        <translation>P&amp;DFs:</translation>
    </message>
</context>
<context>
    <name>confab::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zum Neuesten springen</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>What shall we make today?</source>
        <translation>Was machen wir heute?</translation>
    </message>
    <message>
        <source>Chat with any OpenRouter model, generate pictures with Text → Image, or drop an image here to edit it.</source>
        <translation>Chatte mit einem beliebigen OpenRouter-Modell, erzeuge Bilder mit Text → Bild oder lege hier ein Bild zum Bearbeiten ab.</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Select text</source>
        <translation>Text &amp;auswählen</translation>
    </message>
    <message>
        <source>Hide &amp;thinking</source>
        <translation>&amp;Denkprozess ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;thinking</source>
        <translation>&amp;Denkprozess einblenden</translation>
    </message>
    <message>
        <source>&amp;Open image</source>
        <translation>Bild an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Edit this image</source>
        <translation>Dieses Bild &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate with another &amp;model…</source>
        <translation>Mit anderem &amp;Modell neu erzeugen …</translation>
    </message>
    <message>
        <source>Edit and rese&amp;nd…</source>
        <translation>Bearbeiten und erneut &amp;senden …</translation>
    </message>
    <message>
        <source>&amp;Delete message</source>
        <translation>Nachricht &amp;löschen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Hide tool call %1</source>
        <translation>Werkzeugaufruf %1 ausblenden</translation>
    </message>
    <message>
        <source>Show tool call %1</source>
        <translation>Werkzeugaufruf %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy result of %1</source>
        <translation>Ergebnis von %1 kopieren</translation>
    </message>
</context>
<context>
    <name>confab::ui::DocumentChips</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <source>Attached document %1</source>
        <translation>Angehängtes Dokument %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove this document</source>
        <translation>Dieses Dokument entfernen</translation>
    </message>
</context>
<context>
    <name>confab::ui::ElicitationDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 asks</source>
        <translation>%1 fragt</translation>
    </message>
    <message>
        <source>The server %1 asks for input</source>
        <translation>Der Server %1 bittet um eine Eingabe</translation>
    </message>
    <message>
        <source>The server &lt;b&gt;%1&lt;/b&gt; asks:</source>
        <translation>Der Server &lt;b&gt;%1&lt;/b&gt; fragt:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sends what you filled in to the server</source>
        <translation>Sendet Ihre Angaben an den Server</translation>
    </message>
    <message>
        <source>Tells the server you do not want to answer</source>
        <translation>Teilt dem Server mit, dass Sie nicht antworten möchten</translation>
    </message>
    <message>
        <source>Closes the form without an answer</source>
        <translation>Schließt das Formular ohne Antwort</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 does not fit what the server asks for.</source>
        <translation>%1 passt nicht zu dem, was der Server verlangt.</translation>
    </message>
</context>
<context>
    <name>confab::ui::FirstRunHint</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Welcome to Confab</source>
        <translation>Willkommen bei Confab</translation>
    </message>
    <message>
        <source>&lt;p&gt;To start, add an API key:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OpenRouter&lt;/b&gt; for chatting with hundreds of models (&lt;a href=&quot;https://openrouter.ai/keys&quot;&gt;openrouter.ai/keys&lt;/a&gt;)&lt;/li&gt;&lt;li&gt;&lt;b&gt;fal.ai&lt;/b&gt; for making and editing images (&lt;a href=&quot;https://fal.ai/dashboard/keys&quot;&gt;fal.ai/dashboard/keys&lt;/a&gt;)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Keys are kept in your system&apos;s keychain, never in a file. Your chats stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Füge zu Beginn einen API-Schlüssel hinzu:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OpenRouter&lt;/b&gt; zum Chatten mit Hunderten von Modellen (&lt;a href=&quot;https://openrouter.ai/keys&quot;&gt;openrouter.ai/keys&lt;/a&gt;)&lt;/li&gt;&lt;li&gt;&lt;b&gt;fal.ai&lt;/b&gt; zum Erzeugen und Bearbeiten von Bildern (&lt;a href=&quot;https://fal.ai/dashboard/keys&quot;&gt;fal.ai/dashboard/keys&lt;/a&gt;)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Schlüssel werden im Schlüsselbund deines Systems aufbewahrt, nie in einer Datei. Deine Chats bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Settings → Keys</source>
        <translation>Einstellungen → Schlüssel öffnen</translation>
    </message>
</context>
<context>
    <name>confab::ui::ImageOptionsBar</name>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>Anzahl der Bilder</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed: the same seed and prompt give the same picture; empty for a random one</source>
        <translation>Seed: Gleicher Seed und Prompt ergeben dasselbe Bild; leer für ein zufälliges</translation>
    </message>
    <message>
        <source>Less processed, more natural-looking pictures</source>
        <translation>Weniger nachbearbeitete, natürlicher wirkende Bilder</translation>
    </message>
    <message>
        <source>Safety %1</source>
        <translation>Sicherheit %1</translation>
    </message>
    <message>
        <source>Safety tolerance</source>
        <translation>Sicherheitstoleranz</translation>
    </message>
    <message>
        <source>Safety tolerance: 1 is the strictest, 6 the most permissive</source>
        <translation>Sicherheitstoleranz: 1 ist am strengsten, 6 am großzügigsten</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Bildmodell</translation>
    </message>
    <message>
        <source>The fal model that makes the picture, with its price</source>
        <translation>Das fal-Modell, das das Bild erzeugt, mit seinem Preis</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Resolution: larger pictures cost more</source>
        <translation>Auflösung: größere Bilder kosten mehr</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Edit this image</source>
        <translation>Dieses Bild bearbeiten</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>This picture cannot be read.</source>
        <translation>Dieses Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation>%1 × %2 px · %3</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>confab::ui::InputArea</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Why sending is unavailable</source>
        <translation>Warum Senden nicht möglich ist</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Hinweis zu Anhängen</translation>
    </message>
    <message>
        <source>Editing an earlier message: Send adds it as a new version, and the answers to the old one are kept on their own branch.</source>
        <translation>Eine frühere Nachricht wird bearbeitet: „Senden“ fügt sie als neue Version hinzu, und die Antworten auf die alte Version bleiben in einem eigenen Zweig erhalten.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Generation mode</source>
        <translation>Generierungsmodus</translation>
    </message>
    <message>
        <source>What the next turn asks for</source>
        <translation>Was mit der nächsten Nachricht angefordert wird</translation>
    </message>
    <message>
        <source>the edited message</source>
        <translation>Bild der bearbeiteten Nachricht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Write a message to send it</source>
        <translation>Zum Senden zuerst eine Nachricht schreiben</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 wurde nicht angehängt: %2</translation>
    </message>
    <message>
        <source>Attach images or documents</source>
        <translation>Bilder oder Dokumente anhängen</translation>
    </message>
    <message>
        <source>Attach images or documents (PDF, text, Markdown, CSV, JSON, source files)</source>
        <translation>Bilder oder Dokumente anhängen (PDF, Text, Markdown, CSV, JSON, Quelltext)</translation>
    </message>
    <message>
        <source>Search the web</source>
        <translation>Im Web suchen</translation>
    </message>
    <message>
        <source>Let the model look things up on the web and cite its sources. Each search is billed (about $0.007 with OpenRouter&apos;s default search engine).</source>
        <translation>Das Modell im Web nachschlagen und seine Quellen nennen lassen. Jede Suche wird berechnet (etwa 0,007 $ mit der Standard-Suchmaschine von OpenRouter).</translation>
    </message>
</context>
<context>
    <name>confab::ui::KeyRow</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 key in use</source>
        <translation>Aktueller %1-Schlüssel</translation>
    </message>
    <message>
        <source>Paste a new %1 key</source>
        <translation>Neuen %1-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>New %1 key</source>
        <translation>Neuer %1-Schlüssel</translation>
    </message>
    <message>
        <source>Save %1 key</source>
        <translation>%1-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Remove %1 key</source>
        <translation>%1-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Check %1 key</source>
        <translation>%1-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>%1 left of its limit.</source>
        <translation>Bis zum Limit bleiben noch %1.</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 key status</source>
        <translation>Status des %1-Schlüssels</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No key set</source>
        <translation>Kein Schlüssel hinterlegt</translation>
    </message>
    <message>
        <source>From the environment (%1)</source>
        <translation>Aus der Umgebung (%1)</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>For this session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>A key saved now is kept for this session only.</source>
        <translation>Ein jetzt gespeicherter Schlüssel gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Kept for this session only: no keychain is available.</source>
        <translation>Nur für diese Sitzung gespeichert: Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>There is no key to check.</source>
        <translation>Es gibt keinen Schlüssel zum Prüfen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>confab::ui::MainWindow</name>
    <message>
        <source>Chat title</source>
        <translation>Chat-Titel</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Usage and spending</source>
        <translation>Nutzung und Ausgaben</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Nutzung</translation>
    </message>
    <message>
        <source>&amp;Jump to latest</source>
        <translation>Zum &amp;Neuesten springen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>&amp;Über Confab</translation>
    </message>
    <message>
        <source>image from this chat</source>
        <translation>Bild aus diesem Chat</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Über Confab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Confab %1&lt;/h3&gt;&lt;p&gt;A native desktop client for chatting with OpenRouter models and generating and editing images with fal.ai.&lt;/p&gt;&lt;p&gt;Your history stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Confab %1&lt;/h3&gt;&lt;p&gt;Ein nativer Desktop-Client zum Chatten mit OpenRouter-Modellen und zum Erzeugen und Bearbeiten von Bildern mit fal.ai.&lt;/p&gt;&lt;p&gt;Dein Verlauf bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <source>This chat&apos;s system prompt, temperature, top-p and answer length</source>
        <translation>Systemprompt, Temperatur, Top-p und Antwortlänge dieses Chats</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Verlauf wird exportiert …</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Importing the history…</source>
        <translation>Verlauf wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s)</source>
        <translation>
            <numerusform>%n Chat importiert</numerusform>
            <numerusform>%n Chats importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>New chat from &amp;preset</source>
        <translation>Neuer Chat aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>C&amp;hat settings…</source>
        <translation>&amp;Chat-Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export history to a new folder</source>
        <translation>Verlauf in einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>Verlauf &amp;importieren …</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Confab export (history.json *.json)</source>
        <translation>Confab-Export (history.json *.json)</translation>
    </message>
    <message>
        <source>&amp;Check setup…</source>
        <translation>Einrichtung &amp;prüfen …</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: version, system, paths and the last log lines (keys are never in them).</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert: Version, System, Pfade und die letzten Protokollzeilen (Schlüssel sind nie enthalten).</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Attach images or documents</source>
        <translation>Bilder oder Dokumente anhängen</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.md *.csv *.json *.c *.cpp *.h *.hpp *.py *.js *.ts *.rs *.go *.java *.kt *.swift *.rb *.sh *.sql *.html *.css *.xml *.yaml *.yml *.toml);;Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;Documents (*.pdf *.txt *.md *.csv *.json);;All files (*)</source>
        <translation>Bilder und Dokumente (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.md *.csv *.json *.c *.cpp *.h *.hpp *.py *.js *.ts *.rs *.go *.java *.kt *.swift *.rb *.sh *.sql *.html *.css *.xml *.yaml *.yml *.toml);;Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;Dokumente (*.pdf *.txt *.md *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Attach images or documents…</source>
        <translation>Bilder oder Dokumente &amp;anhängen…</translation>
    </message>
    <message>
        <source>Exported %1 and its pictures (%2) into %3</source>
        <translation>%1 und die zugehörigen Bilder (%2) nach %3 exportiert</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
</context>
<context>
    <name>confab::ui::McpImportDialog</name>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>Paste the &quot;mcpServers&quot; configuration of Claude Desktop, Cursor or another client, or choose its file. Nothing is started until you use a server.</source>
        <translation>Füge die „mcpServers“-Konfiguration von Claude Desktop, Cursor oder einem anderen Client ein oder wähle ihre Datei. Gestartet wird nichts, bevor du einen Server nutzt.</translation>
    </message>
    <message>
        <source>MCP configuration JSON</source>
        <translation>MCP-Konfiguration (JSON)</translation>
    </message>
    <message>
        <source>What the configuration holds</source>
        <translation>Was die Konfiguration enthält</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose an MCP configuration</source>
        <translation>MCP-Konfiguration wählen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; an MCP configuration is far smaller.</source>
        <translation>Die Datei ist größer als 1 MB; eine MCP-Konfiguration ist viel kleiner.</translation>
    </message>
    <message>
        <source>Adds %1: %2</source>
        <translation>Fügt %1 hinzu: %2</translation>
    </message>
    <message>
        <source>Skips %1: there is a server of that name already.</source>
        <translation>Überspringt %1: Es gibt schon einen Server dieses Namens.</translation>
    </message>
</context>
<context>
    <name>confab::ui::McpServerDialog</name>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>HTTP-Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>files, git, search…</source>
        <translation>dateien, git, suche …</translation>
    </message>
    <message>
        <source>Letters, digits, - and _; the model sees it in front of each tool&apos;s name.</source>
        <translation>Buchstaben, Ziffern, - und _; das Modell sieht ihn vor dem Namen jedes Werkzeugs.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How Confab reaches the server</source>
        <translation>Wie Confab den Server erreicht</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>Ein Programm auf diesem Computer (stdio)</translation>
    </message>
    <message>
        <source>A remote server (Streamable HTTP)</source>
        <translation>Ein entfernter Server (Streamable HTTP)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>A server that needs you to sign in offers it in the Tools list once added.</source>
        <translation>Ein Server, bei dem du dich anmelden musst, bietet das nach dem Hinzufügen in der Werkzeugliste an.</translation>
    </message>
    <message>
        <source>Longest a tool call may take, in seconds</source>
        <translation>Längste Dauer eines Werkzeugaufrufs in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Time limit per call:</source>
        <translation>&amp;Zeitlimit je Aufruf:</translation>
    </message>
    <message>
        <source>Why the server cannot be saved</source>
        <translation>Warum der Server nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>A server needs a name of letters, digits, - and _ (at most 40).</source>
        <translation>Ein Server braucht einen Namen aus Buchstaben, Ziffern, - und _ (höchstens 40).</translation>
    </message>
    <message>
        <source>There is already a server named %1.</source>
        <translation>Es gibt schon einen Server namens %1.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// for a server on this computer).</source>
        <translation>Die URL muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>Give the command that starts the server, such as npx or uvx.</source>
        <translation>Gib den Befehl an, der den Server startet, etwa npx oder uvx.</translation>
    </message>
</context>
<context>
    <name>confab::ui::McpToolsPage</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message numerus="yes">
        <source>Ready, %n tool(s)</source>
        <translation>
            <numerusform>Bereit, %n Werkzeug</numerusform>
            <numerusform>Bereit, %n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation>Neu s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>&amp;New chats use this server</source>
        <translation>Neue &amp;Chats nutzen diesen Server</translation>
    </message>
    <message>
        <source>Tr&amp;ust this server: its tools run without asking</source>
        <translation>Diesem Server &amp;vertrauen: Seine Werkzeuge laufen ohne Nachfrage</translation>
    </message>
    <message>
        <source>The server&apos;s last messages:</source>
        <translation>Die letzten Meldungen des Servers:</translation>
    </message>
    <message>
        <source>MCP servers give the model tools: files, git, databases, search and your own. Each chat chooses which it may use, and every call asks you first unless you allowed that tool for good.</source>
        <translation>MCP-Server geben dem Modell Werkzeuge: Dateien, Git, Datenbanken, Suche und eigene. Jeder Chat wählt, welche er nutzen darf, und jeder Aufruf fragt dich zuerst, es sei denn, du hast das Werkzeug dauerhaft erlaubt.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit the server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Remove the server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Restart the server</source>
        <translation>Server neu starten</translation>
    </message>
    <message>
        <source>Import servers from Claude Desktop or Cursor</source>
        <translation>Server aus Claude Desktop oder Cursor importieren</translation>
    </message>
    <message>
        <source>Import the &quot;mcpServers&quot; configuration of Claude Desktop, Cursor and others</source>
        <translation>Die „mcpServers“-Konfiguration von Claude Desktop, Cursor und anderen importieren</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Zustand des Servers</translation>
    </message>
    <message>
        <source>The server&apos;s tools</source>
        <translation>Die Werkzeuge des Servers</translation>
    </message>
    <message>
        <source>Sign in to the server in your browser</source>
        <translation>Im Browser beim Server anmelden</translation>
    </message>
    <message>
        <source>The server&apos;s last messages</source>
        <translation>Die letzten Meldungen des Servers</translation>
    </message>
    <message>
        <source>Only for a server you wrote or know well: a trusted server&apos;s tools may read, change or delete whatever they reach without you seeing the call first.</source>
        <translation>Nur für einen Server, den du geschrieben hast oder gut kennst: Die Werkzeuge eines vertrauten Servers dürfen alles lesen, ändern oder löschen, was sie erreichen, ohne dass du den Aufruf vorher siehst.</translation>
    </message>
    <message>
        <source>Tools notice</source>
        <translation>Hinweis zu den Werkzeugen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Remove the server %1, its secrets in the keychain and the tools you always allowed on it?</source>
        <translation>Den Server %1, seine Geheimnisse im Schlüsselbund und die dauerhaft erlaubten Werkzeuge entfernen?</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>No servers yet. Add one, or import those of Claude Desktop or Cursor.</source>
        <translation>Noch keine Server. Füge einen hinzu oder importiere die von Claude Desktop oder Cursor.</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Disable the server</source>
        <translation>Server deaktivieren</translation>
    </message>
    <message>
        <source>Enable the server</source>
        <translation>Server aktivieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>Werkzeuge: %1</translation>
    </message>
    <message>
        <source>The keychain did not take the secrets of %1, so it was not saved: %2</source>
        <translation>Der Schlüsselbund hat die Geheimnisse von %1 nicht angenommen, daher wurde er nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was removed, but its secrets are still in the keychain: %2</source>
        <translation>%1 wurde entfernt, aber seine Geheimnisse sind noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <source>Every tool of %1 will run when the model asks, without showing you the call first. A tool may read, change or delete whatever the server can reach, and a web page or file the model reads can ask it to. Trust only a server you wrote or know well.</source>
        <translation>Jedes Werkzeug von %1 läuft, sobald das Modell es verlangt, ohne dir den Aufruf vorher zu zeigen. Ein Werkzeug kann alles lesen, ändern oder löschen, was der Server erreicht, und eine Webseite oder Datei, die das Modell liest, kann es dazu bringen. Vertraue nur einem Server, den du geschrieben hast oder gut kennst.</translation>
    </message>
    <message>
        <source>Trust %1</source>
        <translation>%1 vertrauen</translation>
    </message>
    <message>
        <source>The keychain did not give the secrets of %1: %2</source>
        <translation>Der Schlüsselbund hat die Geheimnisse von %1 nicht herausgegeben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <translation>
            <numerusform>%n Server importiert.</numerusform>
            <numerusform>%n Server importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain did not take the secrets of %1, so they were not imported.</source>
        <translation>Der Schlüsselbund hat die Geheimnisse von %1 nicht angenommen, daher wurden sie nicht importiert.</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageActions</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Nachricht gelöscht.</translation>
    </message>
    <message>
        <source>Regenerate with another model</source>
        <translation>Mit anderem Modell neu erzeugen</translation>
    </message>
    <message>
        <source>Answer again with:</source>
        <translation>Erneut antworten mit:</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageAnnouncer</name>
    <message>
        <source>Answer complete</source>
        <translation>Antwort fertig</translation>
    </message>
    <message>
        <source>Answer stopped</source>
        <translation>Antwort angehalten</translation>
    </message>
    <message>
        <source>Answer interrupted</source>
        <translation>Antwort unterbrochen</translation>
    </message>
    <message>
        <source>The answer failed</source>
        <translation>Die Antwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The answer failed: %1</source>
        <translation>Die Antwort ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageDelegate</name>
    <message>
        <source>⚠ Cut off: the answer reached its length limit of %1 tokens</source>
        <translation>⚠ Abgeschnitten: Die Antwort hat ihre Längengrenze von %1 Tokens erreicht</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>⚠ Interrupted: Confab closed before this answer was complete</source>
        <translation>⚠ Unterbrochen: Confab wurde geschlossen, bevor diese Antwort vollständig war</translation>
    </message>
    <message>
        <source>The answer failed</source>
        <translation>Die Antwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreibt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model — type to search</source>
        <translation>Modell – tippen zum Suchen</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>denkt nach</translation>
    </message>
    <message>
        <source>draws images</source>
        <translation>erzeugt Bilder</translation>
    </message>
    <message>
        <source>%1 — %2 k context</source>
        <translation>%1 – %2 k Kontext</translation>
    </message>
</context>
<context>
    <name>confab::ui::OpenNotice</name>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>History notice</source>
        <translation>Hinweis zum Verlauf</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Start with an empty history? The damaged file stays where it was moved.</source>
        <translation>Mit einem leeren Verlauf beginnen? Die beschädigte Datei bleibt, wohin sie verschoben wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when Confab last closed; they can be retried.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Schließen von Confab unterbrochen; sie kann erneut versucht werden.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Schließen von Confab unterbrochen; sie können erneut versucht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::PromptEdit</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message Confab — Enter sends, Shift+Enter for a new line</source>
        <translation>Nachricht an Confab – Eingabetaste sendet, Umschalt+Eingabetaste für eine neue Zeile</translation>
    </message>
</context>
<context>
    <name>confab::ui::ReasoningEffortPicker</name>
    <message>
        <source>Thinking: minimal</source>
        <translation>Nachdenken: minimal</translation>
    </message>
    <message>
        <source>Thinking: extra high</source>
        <translation>Nachdenken: sehr viel</translation>
    </message>
    <message>
        <source>Thinking: maximum</source>
        <translation>Nachdenken: maximal</translation>
    </message>
    <message>
        <source>Thinking: default (%1)</source>
        <translation>Nachdenken: Standard (%1)</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>How hard the model thinks before it answers, in this chat</source>
        <translation>Wie gründlich das Modell in diesem Chat nachdenkt, bevor es antwortet</translation>
    </message>
    <message>
        <source>Thinking: default</source>
        <translation>Nachdenken: Standard</translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation>Nachdenken: aus</translation>
    </message>
    <message>
        <source>Thinking: low</source>
        <translation>Nachdenken: wenig</translation>
    </message>
    <message>
        <source>Thinking: medium</source>
        <translation>Nachdenken: mittel</translation>
    </message>
    <message>
        <source>Thinking: high</source>
        <translation>Nachdenken: viel</translation>
    </message>
</context>
<context>
    <name>confab::ui::SecretPairsTable</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Value (kept in the keychain)</source>
        <translation>Wert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Show values</source>
        <translation>Werte zeigen</translation>
    </message>
    <message>
        <source>Show the values of %1</source>
        <translation>Die Werte von %1 zeigen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>verborgener Wert</translation>
    </message>
</context>
<context>
    <name>confab::ui::SessionDelegate</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Images · %1</source>
        <translation>Bilder · %1</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>confab::ui::SettingsDialog</name>
    <message>
        <source>The model&apos;s own limit</source>
        <translation>Die Grenze des Modells</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Limits &amp;&amp; safety</source>
        <translation>Limits &amp;&amp; Sicherheit</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in Confab&apos;s files. OPENROUTER_API_KEY and FAL_KEY in the environment take precedence.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in Confabs Dateien. OPENROUTER_API_KEY und FAL_KEY aus der Umgebung haben Vorrang.</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>OpenRouter base URL</source>
        <translation>OpenRouter-Basis-URL</translation>
    </message>
    <message>
        <source>fal queue URL</source>
        <translation>fal-Warteschlangen-URL</translation>
    </message>
    <message>
        <source>fal storage URL</source>
        <translation>fal-Speicher-URL</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (a local Ollama or llama.cpp) can replace OpenRouter.</source>
        <translation>Jeder OpenAI-kompatible Server (etwa ein lokales Ollama oder llama.cpp) kann OpenRouter ersetzen.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Text → Image</source>
        <translation>Text → Bild</translation>
    </message>
    <message>
        <source>Image → Image</source>
        <translation>Bild → Bild</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>Längste Antwort (Tokens)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>New chats start from preset</source>
        <translation>Neue Chats beginnen mit Vorlage</translation>
    </message>
    <message>
        <source>Name chats after the first answer</source>
        <translation>Chats nach der ersten Antwort benennen</translation>
    </message>
    <message>
        <source>Model for chat titles</source>
        <translation>Modell für Chat-Titel</translation>
    </message>
    <message>
        <source>Daily spending cap</source>
        <translation>Tageslimit für Ausgaben</translation>
    </message>
    <message>
        <source>Monthly spending cap</source>
        <translation>Monatslimit für Ausgaben</translation>
    </message>
    <message>
        <source>Requests per minute (0: no limit)</source>
        <translation>Anfragen pro Minute (0: unbegrenzt)</translation>
    </message>
    <message>
        <source>Longest prompt (characters)</source>
        <translation>Längster Prompt (Zeichen)</translation>
    </message>
    <message>
        <source>Largest upload before downscaling (bytes)</source>
        <translation>Größter Upload vor dem Verkleinern (Bytes)</translation>
    </message>
    <message>
        <source>Most images per edit</source>
        <translation>Höchstzahl der Bilder pro Bearbeitung</translation>
    </message>
    <message>
        <source>1 — strictest</source>
        <translation>1 – am strengsten</translation>
    </message>
    <message>
        <source>6 — most permissive</source>
        <translation>6 – am großzügigsten</translation>
    </message>
    <message>
        <source>Safety tolerance</source>
        <translation>Sicherheitstoleranz</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies after Confab is restarted.</source>
        <translation>Eine geänderte Sprache wird nach einem Neustart von Confab wirksam.</translation>
    </message>
    <message>
        <source>Your history is stored in:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Dein Verlauf wird gespeichert in:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>confab::ui::SetupCheckDialog</name>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check setup</source>
        <translation>Einrichtung prüfen</translation>
    </message>
    <message>
        <source>Checks the keys, the keychain, OpenRouter and fal without spending anything beyond one token.</source>
        <translation>Prüft die Schlüssel, den Schlüsselbund, OpenRouter und fal, ohne mehr als ein Token zu verbrauchen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Setup is fine.</source>
        <translation>Die Einrichtung ist in Ordnung.</translation>
    </message>
    <message>
        <source>Setup has a problem: %1</source>
        <translation>Problem bei der Einrichtung: %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::ShortcutsDialog</name>
    <message>
        <source>Start a new chat</source>
        <translation>Neuen Chat beginnen</translation>
    </message>
    <message>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <source>Open the next chat</source>
        <translation>Nächsten Chat öffnen</translation>
    </message>
    <message>
        <source>Open the previous chat</source>
        <translation>Vorherigen Chat öffnen</translation>
    </message>
    <message>
        <source>Go to the message editor</source>
        <translation>Zum Eingabefeld wechseln</translation>
    </message>
    <message>
        <source>Send the message (in the editor)</source>
        <translation>Nachricht senden (im Eingabefeld)</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation>Laufende Antwort anhalten</translation>
    </message>
    <message>
        <source>Move between the chat list, the conversation, the editor and its options</source>
        <translation>Zwischen Chatliste, Unterhaltung, Eingabefeld und dessen Optionen wechseln</translation>
    </message>
    <message>
        <source>Move between messages (in the conversation)</source>
        <translation>Zwischen Nachrichten wechseln (in der Unterhaltung)</translation>
    </message>
    <message>
        <source>Open the focused message&apos;s menu: copy, retry, regenerate, open or edit its image</source>
        <translation>Menü der ausgewählten Nachricht öffnen: kopieren, erneut versuchen, neu erzeugen, ihr Bild anzeigen oder bearbeiten</translation>
    </message>
    <message>
        <source>View the focused message&apos;s picture (in the conversation)</source>
        <translation>Bild der ausgewählten Nachricht anzeigen (in der Unterhaltung)</translation>
    </message>
    <message>
        <source>Copy the focused message&apos;s text (in the conversation)</source>
        <translation>Text der ausgewählten Nachricht kopieren (in der Unterhaltung)</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Usage and spending</source>
        <translation>Nutzung und Ausgaben</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Image viewer: zoom in, zoom out, 100 %, fit</source>
        <translation>Bildbetrachter: vergrößern, verkleinern, 100 %, einpassen</translation>
    </message>
    <message>
        <source>Image viewer: edit this image</source>
        <translation>Bildbetrachter: dieses Bild bearbeiten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in Confab can be done from the keyboard.</source>
        <translation>Alles in Confab lässt sich über die Tastatur bedienen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show sessions</source>
        <translation>Chats anzeigen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>More results…</source>
        <translation>Weitere Ergebnisse …</translation>
    </message>
    <message>
        <source>Show more results</source>
        <translation>Weitere Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown …</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON …</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Endgültig löschen …</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete this chat and its pictures for good? This cannot be undone.</source>
        <translation>Diesen Chat und seine Bilder endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Export chat to a new folder</source>
        <translation>Chat in einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting the chat…</source>
        <translation>Chat wird exportiert …</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>confab::ui::SyncIndicator</name>
    <message>
        <source>Sync starting…</source>
        <translation>Sync startet…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Sync pausiert</translation>
    </message>
    <message>
        <source>Synced %1 · waiting for the folder</source>
        <translation>Synchronisiert %1 · warte auf den Ordner</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other device(s) in the sync folder</source>
        <translation>
            <numerusform>%n anderes Gerät im Sync-Ordner</numerusform>
            <numerusform>%n andere Geräte im Sync-Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… %1%</source>
        <translation>Synchronisiere… %1 %</translation>
    </message>
    <message>
        <source>Segment %1 of %2; Settings → Sync can stop it</source>
        <translation>Segment %1 von %2; unter Einstellungen → Sync lässt es sich anhalten</translation>
    </message>
    <message>
        <source>Sync needs the passphrase</source>
        <translation>Sync braucht die Passphrase</translation>
    </message>
    <message>
        <source>Sync stopped %1</source>
        <translation>Sync angehalten %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::SyncPage</name>
    <message>
        <source>Keep your chats on every computer through a folder you already sync (Syncthing, Dropbox, iCloud Drive, OneDrive, Nextcloud or a network share). Chats, messages and pictures are synced; keys, spend caps and other settings stay on each computer.</source>
        <translation>Halte deine Chats auf jedem Computer aktuell – über einen Ordner, den du schon synchronisierst (Syncthing, Dropbox, iCloud Drive, OneDrive, Nextcloud oder eine Netzwerkfreigabe). Chats, Nachrichten und Bilder werden synchronisiert; Schlüssel, Ausgabenlimits und andere Einstellungen bleiben auf jedem Computer.</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Kein Sync</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Sync beenden</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Sync-Ordner:</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Andere Geräte</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Anderes Gerät</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose the folder to sync through</source>
        <translation>Wähle den Ordner, über den synchronisiert wird</translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Sync ist aus.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Sync without encryption</source>
        <translation>Ohne Verschlüsselung synchronisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Passphrase of the sync folder</source>
        <translation>Passphrase des Sync-Ordners</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync-Fortschritt</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Passphrase accepted; the key is kept in this computer&apos;s keychain.</source>
        <translation>Passphrase angenommen; der Schlüssel liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Segment %1 of %2</source>
        <translation>Segment %1 von %2</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Eine Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Schlüssel wird abgeleitet…</translation>
    </message>
    <message>
        <source>On. Chats and pictures are sealed before they reach the folder; this computer keeps the key in its keychain.</source>
        <translation>An. Chats und Bilder werden versiegelt, bevor sie in den Ordner kommen; dieser Computer hält den Schlüssel in seinem Schlüsselbund.</translation>
    </message>
    <message>
        <source>This folder is encrypted. Enter its passphrase once to sync this computer.</source>
        <translation>Dieser Ordner ist verschlüsselt. Gib seine Passphrase einmal ein, um diesen Computer zu synchronisieren.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this new folder. You enter the same one once on each of your other computers; without it nobody can read the folder.</source>
        <translation>Wähle eine Passphrase für diesen neuen Ordner. Auf jedem deiner anderen Computer gibst du sie einmal ein; ohne sie kann niemand den Ordner lesen.</translation>
    </message>
    <message>
        <source>Off: the folder holds your chats in plain text. Choose a passphrase to encrypt it.</source>
        <translation>Aus: Der Ordner enthält deine Chats im Klartext. Wähle eine Passphrase, um ihn zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
</context>
<context>
    <name>confab::ui::ThinkingSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach …</translation>
    </message>
    <message>
        <source>Thinking · %1 tokens</source>
        <translation>Denkprozess · %1 Tokens</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denkprozess</translation>
    </message>
</context>
<context>
    <name>confab::ui::ToolApprovalDialog</name>
    <message>
        <source>The server says this tool only reads and changes nothing.</source>
        <translation>Laut Server liest dieses Werkzeug nur und ändert nichts.</translation>
    </message>
    <message>
        <source>The server says this tool may change or delete things.</source>
        <translation>Laut Server kann dieses Werkzeug etwas ändern oder löschen.</translation>
    </message>
    <message>
        <source>The server says this tool may change things, but only by adding to them.</source>
        <translation>Laut Server kann dieses Werkzeug etwas ändern, aber nur, indem es etwas hinzufügt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Allow &amp;once</source>
        <translation>&amp;Einmal erlauben</translation>
    </message>
    <message>
        <source>&amp;Always allow this tool</source>
        <translation>Dieses Werkzeug &amp;immer erlauben</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Allow a tool?</source>
        <translation>Ein Werkzeug erlauben?</translation>
    </message>
    <message>
        <source>The model wants to use %1 of the server %2. %3</source>
        <translation>Das Modell möchte %1 des Servers %2 benutzen. %3</translation>
    </message>
    <message>
        <source>The model wants to use &lt;b&gt;%1&lt;/b&gt; of the server &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Das Modell möchte &lt;b&gt;%1&lt;/b&gt; des Servers &lt;b&gt;%2&lt;/b&gt; benutzen.</translation>
    </message>
    <message>
        <source>You had always allowed this tool, but the server has changed what it says the tool does since. Look again before allowing it.</source>
        <translation>Du hattest dieses Werkzeug dauerhaft erlaubt, aber der Server hat seither geändert, was das Werkzeug laut ihm tut. Sieh es dir noch einmal an, bevor du es erlaubst.</translation>
    </message>
    <message>
        <source>What the server says the tool does</source>
        <translation>Was das Werkzeug laut Server tut</translation>
    </message>
    <message>
        <source>A&amp;rguments:</source>
        <translation>A&amp;rgumente:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Calls of %1 go without asking until the server changes what the tool does.</source>
        <translation>Aufrufe von %1 laufen ohne Nachfrage, bis der Server ändert, was das Werkzeug tut.</translation>
    </message>
</context>
<context>
    <name>confab::ui::ToolCallSection</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Wartet auf deine Zustimmung</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Running… %1 of %2</source>
        <translation>Läuft … %1 von %2</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>Läuft … %1</translation>
    </message>
    <message>
        <source>The tool reported an error · %1</source>
        <translation>Das Werkzeug meldete einen Fehler · %1</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Tool %1 of the server %2: %3</source>
        <translation>Werkzeug %1 des Servers %2: %3</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The result was longer; the rest is not shown.</source>
        <translation>Das Ergebnis war länger; der Rest wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>confab::ui::ToolServersButton</name>
    <message>
        <source>Which MCP servers&apos; tools the model may use in this chat. Every call asks you first, unless you allowed that tool for good.</source>
        <translation>Welche Werkzeuge von MCP-Servern das Modell in diesem Chat nutzen darf. Jeder Aufruf fragt dich zuerst, es sei denn, du hast das Werkzeug dauerhaft erlaubt.</translation>
    </message>
    <message>
        <source>Tools for this chat</source>
        <translation>Werkzeuge für diesen Chat</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>No servers enabled (Settings → Tools)</source>
        <translation>Keine Server aktiviert (Einstellungen → Werkzeuge)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Tools (%1)</source>
        <translation>Werkzeuge (%1)</translation>
    </message>
    <message>
        <source>Tools: none for this chat</source>
        <translation>Werkzeuge: keine für diesen Chat</translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>Werkzeuge: %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::UsageWindow</name>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>Requests per model</source>
        <translation>Anfragen pro Modell</translation>
    </message>
    <message>
        <source>Success rate per model</source>
        <translation>Erfolgsquote pro Modell</translation>
    </message>
    <message>
        <source>Median latency per model</source>
        <translation>Mediane Latenz pro Modell</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Usage summary</source>
        <translation>Nutzungsübersicht</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Usage per model</source>
        <translation>Nutzung pro Modell</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short day and month, as QLocale formats dates</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>daily cap %1</source>
        <translation>Tageslimit %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; spent over %Ln request(s) in the last %2 days.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ausgegeben für %Ln Anfrage in den letzten %2 Tagen.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ausgegeben für %Ln Anfragen in den letzten %2 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1 of the %2 monthly cap.</source>
        <translation>Diesen Monat: %1 vom Monatslimit von %2.</translation>
    </message>
    <message>
        <source>This month: %1 (no monthly cap).</source>
        <translation>Diesen Monat: %1 (kein Monatslimit).</translation>
    </message>
</context>
</TS>
