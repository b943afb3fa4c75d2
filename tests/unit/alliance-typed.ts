// Every Aarhus alliance participant as a teacher types it on a phone: the acceptance queries of
// issue 2, shared by the search test (node) and the offline browser test.

/** Written without æ/ø/å and with one typo each, as a teacher would on a phone. */
export const TYPED: Record<string, string> = {
  'Bedre Psykiatri': 'bedre psykiatr',
  'Blå Kors': 'blaa korz',
  'Børnenes Kontor': 'bornenes kontr',
  'Børnesorggruppe Folkekirkesamvirket': 'bornesorgrupe',
  'Børns Voksenvenner': 'borns voksenvener',
  'Center for Digital Pædagogik': 'center for digital paedagogk',
  'Dansk Folkehjælp': 'dansk folkehjelp',
  'De Grønne Pigespejdere': 'de gronne pigespejdre',
  'DGI Østjylland': 'dgi ostjyland',
  'Folkekirkens Familiestøtte': 'folkekirkens familiestotte',
  Homestart: 'homestrat',
  'Kræftens Bekæmpelse': 'kraeftens bekaempelze',
  Mødrehjælpen: 'modrehjaelpen',
  Natteravnene: 'nateravnene',
  'Red Barnet': 'red barnt',
  'Red Barnet Ungdom': 'red barnet ungdomm',
  'Røde Kors': 'roede kros',
  'Sind Pårørende': 'sind paaroerende',
  'Ung Uden Mobning': 'ung uden mobnig',
  'Young Connect': 'young conect',
  'Aarhus Ungdommens Fællesråd': 'aarhus ungdommens faellesrad',
  'Børn og Unge Aarhus Kommune': 'born og unge aarhus kommun',
  'Socialforvaltningen Aarhus Kommune': 'socialforvaltningn',
  'Beskæftigelsesforvaltningen Aarhus Kommune': 'beskaeftigelsesforvaltnigen',
};
