/**
 * Demo service directory: the services of the Comune, the Consorzio, the ASL
 * and two Third Sector bodies, with addresses in and around Carmagnola,
 * opening hours, phones and the user areas they serve. Fictional phone
 * numbers and e-mail addresses (example.it).
 */
import { ServiceInput } from '../../shared/schemas/directory';
import type { Ctx } from '../context';
import { insertOrganisation } from '../modules/accounts/organisations.service';
import { insertService } from '../modules/directory/directory.service';

type Owner = 'comune' | 'consorzio' | 'asl' | 'banco' | 'legale';

const COMUNE = {
  name: 'Municipio di Carmagnola',
  address1: 'Piazza Manzoni 10',
  city: 'Carmagnola',
  postalCode: '10022',
};
const CISA = { name: 'Sede CISA 31', address1: 'Via Valobra 102', city: 'Carmagnola', postalCode: '10022' };
const CASA_SALUTE = {
  name: 'Casa della Salute',
  address1: 'Via Avvocato Ferrero 24',
  city: 'Carmagnola',
  postalCode: '10022',
};
const MON_WED = [
  { byday: 'MO', opensAt: '09:00', closesAt: '12:00' },
  { byday: 'WE', opensAt: '09:00', closesAt: '12:00' },
];
const WEEKDAYS = [{ byday: 'MO,TU,WE,TH,FR', opensAt: '08:30', closesAt: '12:30' }];

const SERVICES: { owner: Owner; input: Partial<ServiceInput> & { name: string } }[] = [
  {
    owner: 'comune',
    input: {
      name: 'Segretariato sociale',
      description:
        'Informazione, ascolto e orientamento sui servizi sociali e sanitari del territorio; aiuto nella compilazione delle domande (ISEE, bonus, assegno di inclusione).',
      areaCodes: ['multi_user', 'poverty_adults'],
      locations: [COMUNE],
      schedules: MON_WED,
      phones: [{ number: '011 972 4111', description: 'Centralino del Comune' }],
      ackWorkingDays: 2,
    },
  },
  {
    owner: 'comune',
    input: {
      name: 'Ufficio casa',
      description:
        'Bandi per l’edilizia sociale (case popolari ATC), contributi per l’affitto e fondo morosità incolpevole, emergenza abitativa.',
      eligibilityDescription: 'Residenti a Carmagnola; per i bandi servono ISEE e requisiti di reddito.',
      areaCodes: ['poverty_adults', 'family_minors'],
      locations: [COMUNE],
      schedules: [{ byday: 'TU,TH', opensAt: '09:00', closesAt: '12:30' }],
      phones: [{ number: '011 972 4250' }],
    },
  },
  {
    owner: 'comune',
    input: {
      name: 'Servizi scolastici',
      description:
        'Iscrizioni a mensa, trasporto scolastico, pre e post scuola; agevolazioni tariffarie in base all’ISEE; centri estivi.',
      areaCodes: ['family_minors'],
      locations: [COMUNE],
      schedules: WEEKDAYS,
      phones: [{ number: '011 972 4230' }],
      costOptions: [{ option: 'Buono pasto mensa', amount: 5.2, currency: 'EUR' }],
    },
  },
  {
    owner: 'consorzio',
    input: {
      name: 'Area minori e famiglie',
      description:
        'Sostegno alla genitorialità, affidamento familiare, tutela dei minori, educativa territoriale, centro per le famiglie.',
      areaCodes: ['family_minors'],
      locations: [CISA],
      schedules: WEEKDAYS,
      phones: [{ number: '011 977 0111' }],
      contacts: [{ name: 'Segreteria area minori', email: 'minori@cisa31.example.it' }],
    },
  },
  {
    owner: 'consorzio',
    input: {
      name: 'Area disabilità',
      description:
        'Progetti di vita indipendente, centri diurni, inserimenti lavorativi protetti, assistenza scolastica e trasporto per persone con disabilità.',
      areaCodes: ['disability'],
      locations: [CISA],
      schedules: WEEKDAYS,
      phones: [{ number: '011 977 0120' }],
    },
  },
  {
    owner: 'consorzio',
    input: {
      name: 'Area anziani e non autosufficienza',
      description:
        'Assistenza domiciliare, contributi per la domiciliarità, telesoccorso, pasti a domicilio, inserimenti in RSA in integrazione retta.',
      eligibilityDescription:
        'Persone di 65 anni e più, o non autosufficienti, residenti nei comuni del Consorzio.',
      minimumAge: 65,
      areaCodes: ['elderly'],
      locations: [CISA],
      schedules: WEEKDAYS,
      phones: [{ number: '011 977 0130' }],
    },
  },
  {
    owner: 'consorzio',
    input: {
      name: 'Area adulti in difficoltà',
      description:
        'Accompagnamento di adulti in situazione di fragilità, senza dimora o a rischio di esclusione; progetti di inclusione e tirocini.',
      areaCodes: ['poverty_adults', 'migrants'],
      locations: [CISA],
      schedules: WEEKDAYS,
      phones: [{ number: '011 977 0140' }],
    },
  },
  {
    owner: 'consorzio',
    input: {
      name: 'Sostegno economico',
      description:
        'Contributi economici straordinari e continuativi, assegno di inclusione (presa in carico dei beneficiari), buoni spesa.',
      applicationProcess: 'Colloquio con l’assistente sociale del proprio comune, su appuntamento.',
      areaCodes: ['poverty_adults', 'family_minors', 'elderly'],
      locations: [CISA],
      schedules: WEEKDAYS,
      phones: [{ number: '011 977 0150' }],
      ackWorkingDays: 5,
    },
  },
  {
    owner: 'asl',
    input: {
      name: 'Valutazione UVG / UMVD',
      alternateName: 'Unità di valutazione geriatrica e multidimensionale disabili',
      description:
        'Valutazione multidimensionale della non autosufficienza per l’accesso a RSA, centri diurni e contributi per la domiciliarità.',
      applicationProcess: 'Domanda tramite il medico di famiglia o lo sportello unico socio-sanitario.',
      areaCodes: ['elderly', 'disability'],
      locations: [CASA_SALUTE],
      schedules: [{ byday: 'TU,TH', opensAt: '09:00', closesAt: '12:00' }],
      phones: [{ number: '011 971 9111' }],
      ackWorkingDays: 10,
    },
  },
  {
    owner: 'asl',
    input: {
      name: 'Centro di salute mentale',
      description:
        'Visite psichiatriche, psicoterapia, interventi riabilitativi e di sostegno per adulti con disturbi psichici.',
      areaCodes: ['multi_user'],
      minimumAge: 18,
      locations: [
        {
          name: 'CSM Carmagnola',
          address1: 'Via Avvocato Ferrero 24',
          city: 'Carmagnola',
          postalCode: '10022',
        },
      ],
      schedules: WEEKDAYS,
      phones: [{ number: '011 971 9250' }],
    },
  },
  {
    owner: 'asl',
    input: {
      name: 'SerD – Servizio per le dipendenze',
      description:
        'Prevenzione, cura e riabilitazione delle dipendenze da alcol, sostanze, gioco d’azzardo; accesso diretto e anonimato garantito.',
      areaCodes: ['addiction'],
      locations: [{ name: 'SerD', address1: 'Via Sommariva 37', city: 'Carmagnola', postalCode: '10022' }],
      schedules: [{ byday: 'MO,TU,WE,TH,FR', opensAt: '08:00', closesAt: '14:00' }],
      phones: [{ number: '011 971 9300' }],
    },
  },
  {
    owner: 'banco',
    input: {
      name: 'Banco alimentare e distribuzione pacchi',
      description:
        'Distribuzione mensile di generi alimentari e prodotti per l’igiene alle famiglie in difficoltà segnalate dai servizi sociali.',
      eligibilityDescription: 'Su segnalazione del servizio sociale o del segretariato sociale.',
      areaCodes: ['poverty_adults', 'family_minors'],
      locations: [
        { name: 'Magazzino solidale', address1: 'Via Chieri 55', city: 'Carmagnola', postalCode: '10022' },
      ],
      schedules: [{ byday: 'SA', opensAt: '09:00', closesAt: '12:00' }],
      phones: [{ number: '333 000 1122' }],
      feesDescription: 'Gratuito.',
    },
  },
  {
    owner: 'legale',
    input: {
      name: 'Sportello legale e migranti',
      description:
        'Consulenza legale gratuita, permessi di soggiorno, ricongiungimenti familiari, cittadinanza; mediazione linguistica.',
      languages: ['Italiano', 'Arabo', 'Francese', 'Inglese', 'Romeno'],
      interpretationServices: 'Mediatori in arabo, francese e romeno su appuntamento.',
      areaCodes: ['migrants'],
      locations: [
        {
          name: 'Sala associazioni',
          address1: 'Via San Francesco di Sales 188',
          city: 'Carignano',
          postalCode: '10041',
        },
      ],
      schedules: [{ byday: 'TH', opensAt: '15:00', closesAt: '18:00' }],
      phones: [{ number: '333 000 3344' }],
    },
  },
];

const THIRD_SECTOR: Record<'banco' | 'legale', string> = {
  banco: 'Associazione Banco Solidale Carmagnola ODV',
  legale: 'Associazione Diritti in Comune APS',
};

/** The demo tenant's directory; `organisations` are the ids of the Comune, the Consorzio and the ASL. */
export async function seedDirectory(
  tx: Ctx,
  tenantId: string,
  organisations: Record<'comune' | 'consorzio' | 'asl', string>,
): Promise<void> {
  const owners: Record<Owner, string> = { ...organisations, banco: '', legale: '' };
  for (const key of ['banco', 'legale'] as const) {
    const created = await insertOrganisation(tx, tenantId, {
      name: THIRD_SECTOR[key],
      kind: 'terzo_settore',
      taxCode: null,
      email: null,
      phone: null,
    });
    owners[key] = created.id;
  }
  for (const { owner, input } of SERVICES) {
    const locations = (input.locations ?? []).map((l) => ({ stateProvince: 'TO', country: 'IT', ...l }));
    await insertService(
      tx,
      tenantId,
      ServiceInput.parse({ ...input, locations, organisationId: owners[owner] }),
    );
  }
}
