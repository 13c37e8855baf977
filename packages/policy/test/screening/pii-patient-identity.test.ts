import { describe, expect, it } from "vitest";
import { flagged, pii, rules } from "./pii-helpers.ts";

const patients = (text: string) => flagged(text, "pii.patient_identity");

describe("pii.patient_identity: named patients", () => {
  it("flags a child's name with an age and 'treated', covering the name", () => {
    expect(patients("Here's Sam Patel, 7, who was treated on our children's ward for a broken arm!")).toEqual(["Sam Patel"]);
  });

  it("flags a named person home after an operation", () => {
    expect(patients("Best wishes to Mr Arthur Long of 3 Mill Lane, Durham DH1 4AB, home after his operation")).toEqual(["Mr Arthur Long"]);
  });

  it("flags a name on a numbered ward, in a bed or a bay", () => {
    expect(patients("Get well soon to Mrs Joan Smith on Ward 7!")).toEqual(["Mrs Joan Smith"]);
    expect(patients("Margaret in bed 12 is celebrating her 100th birthday today!")).toEqual(["Margaret"]);
    expect(rules("Big shout out to Bob Turner in Bay 3 who turned 100 today!", "pii.patient_identity")).toEqual(["pii.patient-identity.named-on-ward"]);
  });

  it("flags admitted, discharged, diagnosed, recovering and receiving chemotherapy", () => {
    expect(patients("A patient called Peter Hall was discharged this morning.")).toEqual(["Peter Hall"]);
    expect(patients("Meet Dave Richards, who was diagnosed with prostate cancer last year.")).toEqual(["Dave Richards"]);
    expect(patients("Priya Sharma is receiving chemotherapy at our cancer centre.")).toEqual(["Priya Sharma"]);
    expect(patients("Please welcome back John McDonald who is recovering from a stroke on our rehab ward.")).toEqual(["John McDonald"]);
    expect(patients("Ring the ward for news of Gladys Wood, who was admitted yesterday.")).toEqual(["Gladys Wood"]);
  });

  it("flags 'patient' and 'service user' labels next to a name", () => {
    expect(patients("Patient John Smith transferred to ICU overnight.")).toEqual(["John Smith"]);
    expect(patients("Tomasz Nowak, a service user at our mental health unit, shares his story.")).toEqual(["Tomasz Nowak"]);
    expect(patients("Our stroke survivor Ken Hughes is now back on his feet.")).toEqual(["Ken Hughes"]);
  });

  it("flags handover-style notes, A&E visits, conditions and identifiers beside a name", () => {
    expect(patients("Bed 6: John Smith, 78, chest pain, for discharge tomorrow.")).toEqual(["John Smith"]);
    expect(patients("Frank Lowe was seen in A&E last night after a fall.")).toEqual(["Frank Lowe"]);
    expect(patients("Little Amy Cole, 3, who has leukaemia, rang the end of treatment bell today.")).toEqual(["Amy Cole"]);
    expect(patients("Mrs Jean Cole is in a stable condition.")).toEqual(["Mrs Jean Cole"]);
    expect(patients("Patient NHS number 401 023 2137 (John Smith) needs a porter.")).toEqual(["John Smith"]);
    expect(patients("Jim Brown is doing well after surgery.")).toEqual(["Jim Brown"]);
    expect(patients("Jane Smith talks about living with diabetes in our new video.")).toEqual(["Jane Smith"]);
  });

  it("flags expectant mothers and care-home residents", () => {
    expect(patients("Mum-to-be Sarah Khan is expecting twins in May.")).toEqual(["Sarah Khan"]);
    expect(patients("Betty Hall, a resident at Oakwood care home, turns 105 today.")).toEqual(["Betty Hall"]);
  });

  it("flags the person a clinician treated", () => {
    expect(patients("Huge thanks to the team who treated Jim Brown after his accident.")).toEqual(["Jim Brown"]);
    expect(patients("Dr Patel treated Mr Jones in A&E.")).toEqual(["Mr Jones"]);
  });

  it("flags a newborn and the mother", () => {
    expect(patients("Congratulations to Emma Jones who gave birth to baby Leo at our maternity unit.")).toEqual(["Emma Jones", "baby Leo"]);
  });

  it("follows 'he' or 'she' back to the name in the sentence before", () => {
    expect(patients("Meet Jack. He was admitted last week with sepsis and is now home.")).toEqual(["Jack"]);
  });

  it("flags staff who are themselves in care", () => {
    expect(patients("Healthcare assistant Jane Smith was admitted with pneumonia last night.")).toEqual(["Jane Smith"]);
    expect(patients("Retired GP Dr Alan Hart, 81, is on our stroke unit after a fall.")).toEqual(["Dr Alan Hart"]);
  });

  it("does not flag named staff, officials, speakers or volunteers", () => {
    for (const text of [
      "Thank you Dr Sarah Lewis, our Chief Nurse, for opening the new wellbeing hub.",
      "Meet Dr Amir Khan, our new consultant cardiologist, who has treated patients in Leeds for 20 years.",
      'Jane Smith, ward manager on Ward 4, said: "Our patients admitted this winter have been amazing."',
      "Our Chief Executive, Sir Jim Mackey, said the number of patients admitted fell this year.",
      "Volunteer Doris Kemp has helped patients on ward 23 for 15 years.",
      "Meet Priya Sharma, one of our physiotherapists, who helps patients recover after surgery.",
      "The Rt Hon Wes Streeting MP visited patients on our stroke unit.",
      "Healthcare assistant Gary Moss cares for patients on ward 4 every night.",
      "Congratulations to Jane Smith on her retirement after 30 years on Ward 4.",
      "Dr Patel on the stroke unit says time is brain.",
      "Sister Helen Brown retires this month after 40 years caring for patients on ward 9.",
      "Jane Smith on Ward 4 has won an award.",
      "Dr Patel, our cancer research lead, talks about new trials.",
      "Jane Smith from our diabetes team shares tips on healthy eating.",
      "Lucy, our stroke nurse, urges everyone to learn FAST.",
      "Olympic champion Kelly Holmes talks about living with depression in our new podcast.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag places named after people, or 'patient' as an adjective", () => {
    for (const text of [
      "Florence Nightingale Ward has reopened after refurbishment.",
      "The Sir Bobby Robson Cancer Trials Research Centre treated 400 patients last year.",
      "Our Queen Elizabeth Hospital emergency department is very busy today.",
      "Thank you Claire, you were so patient with everyone on the ward today.",
      "Jane stayed late to make sure every patient got home safely. Thank you Jane!",
      "Find out how Jane Smith used patient feedback to improve our outpatient services.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag a named person when the care cue belongs to other people", () => {
    for (const text of [
      "Jane Smith and the team discharged 40 patients before Christmas.",
      "Lewis Hamilton sent a video message to patients on the children's ward.",
      "Meet Rosie, our therapy dog, who visits patients on Ward 12 every Friday!",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag unnamed patients", () => {
    expect(patients("The 84-year-old man in bed 12 on ward 4 was discharged today.")).toEqual([]);
  });

  it("points at the name after emoji and right-to-left text", () => {
    const text = "💙 مرحبا Brave little Oscar Green, 4, had his tonsils out with us today 💙";
    const [f] = pii(text).filter((x) => x.category === "pii.patient_identity");
    expect(text.slice(f!.start, f!.end)).toBe("Oscar Green");
  });
});

describe("pii.patient_identity: more ways of naming someone in care", () => {
  it("flags a child named with an age and a diagnosis or a discharge", () => {
    expect(patients("This is Amira, 6, who was diagnosed with type 1 diabetes in March.")).toEqual(["Amira"]);
    expect(patients("Just discharged: Callum, 19, after his motorbike crash.")).toEqual(["Callum"]);
    expect(patients("Jaxon, aged 9, was discharged this morning after surgery.")).toEqual(["Jaxon"]);
    expect(patients("Freddie, 8, shows off his new cast after breaking his arm.")).toEqual(["Freddie"]);
  });

  it("flags a name after 'Patient' or a role abbreviation in the same run of capitals", () => {
    expect(patients("Patient Elsie Marsh, date of birth 30 March 1941, was transferred to ICU today.")).toEqual(["Elsie Marsh"]);
    expect(patients("Service user Tom Reid was admitted to Ward 5 overnight.")).toEqual(["Tom Reid"]);
  });

  it("flags named newborn twins and a named relative in care", () => {
    expect(patients("Twins Ruby and Sienna arrived on our maternity unit yesterday and are doing well in SCBU.")).toEqual(["Ruby", "Sienna"]);
    expect(patients("Get well soon to Dr Tom Reilly's wife Sarah, who is on our ICU after her accident.")).toEqual(["Sarah"]);
    expect(patients("Visiting my sister Beth? She's in bed 14 on Ward 2.")).toEqual(["Beth"]);
  });

  it("flags the person being discharged or admitted when the verb comes first", () => {
    expect(patients("Lovely to discharge Mrs Patricia Holmes today.")).toEqual(["Mrs Patricia Holmes"]);
    expect(patients("We discharged Mr Tom Hill today.")).toEqual(["Mr Tom Hill"]);
    expect(patients("Delighted to discharge little Zara this afternoon!")).toEqual(["Zara"]);
  });

  it("flags a stay counted in days or weeks, and a ward saying goodbye to a Mr or Mrs", () => {
    expect(patients("Mrs Ellen Holmes finally went home after six weeks with us.")).toEqual(["Mrs Ellen Holmes"]);
    expect(patients("Our stroke unit said goodbye to Mr Alf Turner this morning.")).toEqual(["Mr Alf Turner"]);
  });

  it("flags the people on a home-visit list", () => {
    expect(patients("Home visits today: Mr Yates, 12 Bridge Street, Whitby, then Mrs Shah, Flat 3, 7 Mill Road.")).toEqual(["Mr Yates", "Mrs Shah"]);
    expect(patients("District nurse visits: Mrs Ellis, 4 Oak Road; Mr Khan, 9 Elm Grove.")).toEqual(["Mrs Ellis", "Mr Khan"]);
  });

  it("flags a titled official or retired doctor in a bed or on a unit when they are the patient", () => {
    expect(patients("Get well soon, Councillor Brenda Watts – currently in bed 4 on our cardiology ward.")).toEqual(["Councillor Brenda Watts"]);
    expect(patients("Get well soon to Councillor Ann Black, currently on our cardiology ward.")).toEqual(["Councillor Ann Black"]);
    expect(patients("Please welcome back Dr Ian Forsyth, our retired GP, who is in the acute stroke unit this week.")).toEqual(["Dr Ian Forsyth"]);
  });

  it("does not treat a date of birth alone as a sign of clinical care", () => {
    for (const text of [
      "HR: Nadia Sharif's NI is LE397592A and her DOB is 14/02/1991 – please update her record.",
      "Lost ID badge: Tariq Hussain, D.O.B. 04-06-1988. Please return to security.",
      "Reminder for payroll: Mohammed Iqbal's DOB is 21.11.1979, not 1997.",
      "New starter: Amy Cole, DOB 01/02/1990, joins Ward 4 on Monday.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag an award winner from a unit, a retired doctor who volunteers, or staff on placement", () => {
    for (const text of [
      "Our Nurse of the Year is Grace Adeyemi from the neonatal unit.",
      "Volunteer of the Month is Bob Smith from the children's ward.",
      "Congratulations to our Apprentice of the Year, Ben Ward, from the renal unit.",
      "Meet Dr Alan Hart, our retired GP, who now volunteers on the stroke unit.",
      "Jane Smith leaves us after 6 weeks with us on placement – good luck!",
      "Student nurse Ellie Park said goodbye after eight weeks with us on Ward 3.",
      "We said goodbye to Mrs Joan Hill, our housekeeper, on her retirement.",
      "Meet Callum, 19, one of our apprentices, who helps patients on Ward 4 get home.",
      "Jane Smith helps discharge patients safely at weekends.",
      "Dr Patel is in bay 3 with the registrar.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag staff who make home visits or a service that offers them", () => {
    for (const text of [
      "Our district nurses made 2,000 home visits last month, led by Jo Hill.",
      "Home visits with Mr Tom Reid, our district nurse lead, start in May.",
      "Home visits are available for housebound patients: call 0300 123 4567.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag staff returning from leave, or 'patient' as a compliment", () => {
    expect(patients("Welcome back Jo Hill, who returns to Ward 4 after maternity leave.")).toEqual([]);
    expect(patients("Karen is the most patient person on the ward.")).toEqual([]);
  });

  it("does not take 'Baby Friendly' or 'Baby Loss' for a baby's name", () => {
    expect(patients("We're accredited by UNICEF Baby Friendly, and we'll support you in hospital.")).toEqual([]);
    expect(patients("Baby Loss Awareness Week begins today: if you've had a miscarriage, we're here for you.")).toEqual([]);
  });
});

describe("pii.patient_identity: kinds of statement (sentences written for these tests, not taken from the corpora)", () => {
  it("flags a named person with an illness, a condition or an injury, whatever it is called", () => {
    expect(patients("Graham Fenwick, who has motor neurone disease, opened our new garden today.")).toEqual(["Graham Fenwick"]);
    expect(patients("Sophie, 9, has type 1 diabetes and has made a video for other kids starting on insulin pumps.")).toEqual(["Sophie"]);
    expect(patients("Ahmed Noor, who has sickle cell disease, talks about his admissions in our new podcast.")).toEqual(["Ahmed Noor"]);
    expect(patients("We're raising money for little Jacob Price, 3, who has a rare lymphoma.")).toEqual(["Jacob Price"]);
    expect(patients("Meet Ffion, who has lived with epilepsy since she was two.")).toEqual(["Ffion"]);
    expect(patients("Danny Roach came to us with a stab wound in March and has now joined our violence reduction programme.")).toEqual(["Danny Roach"]);
    expect(patients("Our district nurses have been dressing Mr Alan Pike's leg ulcer every day since March.")).toEqual(["Mr Alan Pike"]);
  });

  it("flags a named person's own treatment or procedure", () => {
    expect(patients("Huge congratulations to Doreen Watts, 79, who walked out of our orthopaedic ward after a new knee.")).toEqual(["Doreen Watts"]);
    expect(patients("Keith Morris, one of the first people in Wales to get the new Alzheimer's drug, started infusions here this week.")).toEqual(["Keith Morris"]);
    expect(patients("Congratulations to Joan Tate, who has completed her six-week pulmonary rehab course with us!")).toEqual(["Joan Tate"]);
    expect(patients("Our renal team is celebrating with Maggie Kerr, who received a new kidney from her sister.")).toEqual(["Maggie Kerr"]);
    expect(patients("The ward is missing Mr Evans, who went home yesterday after his bypass.")).toEqual(["Mr Evans"]);
    expect(patients("Our Hospital at Home nurses saw Mrs Jean Rice twice a day for her IV fluids.")).toEqual(["Mrs Jean Rice"]);
  });

  it("flags a named person as the one cared for, even an official or a retired doctor", () => {
    expect(patients("Our ambulance crew treated Cllr Mark Dobson at the scene of the crash.")).toEqual(["Cllr Mark Dobson"]);
    expect(patients("The stroke team looked after former footballer Gary Black for six weeks this winter.")).toEqual(["Gary Black"]);
    expect(patients("Our cardiologists fitted a new pacemaker for Professor Alan Reid on Monday.")).toEqual(["Professor Alan Reid"]);
    expect(patients("Retired consultant Dr Peter Voss is being cared for on our elderly care ward and would love visitors.")).toEqual(["Dr Peter Voss"]);
    expect(patients("Please keep Sister Mary Clarke, who is having surgery today, in your prayers.")).toEqual(["Sister Mary Clarke"]);
    expect(patients("Father Michael Doyle, the parish priest, is in our intensive care unit after a heart attack.")).toEqual(["Father Michael Doyle"]);
    expect(patients("Sad news: our long-serving volunteer Pat Nolan died peacefully in our hospice on Sunday.")).toEqual(["Pat Nolan"]);
    expect(patients('A message from Lily\'s mum: "Thank you to everyone on Ward 10 who nursed Lily through her pneumonia."')).toEqual(["Lily"]);
  });

  it("flags a clinical team supporting or visiting a private person", () => {
    expect(patients("Our falls team visited 90-year-old Ivy Shaw at home after her hip fracture.")).toEqual(["Ivy Shaw"]);
    expect(patients("Our community mental health team has been working with Liam Doherty, 27, since his first psychotic episode.")).toEqual(["Liam Doherty"]);
    expect(patients("We've been supporting Rhona Gill through her IVF journey and she has just had twins!")).toEqual(["Rhona Gill"]);
  });

  it("flags a patient label, a spotlight or a rank among patients", () => {
    expect(patients("Patient story: Nia Hughes talks about her year of treatment.")).toEqual(["Nia Hughes"]);
    expect(patients("Frank Moss, 91, of Bramble Close, became our 500th robotic surgery patient last week.")).toEqual(["Frank Moss"]);
    expect(patients("Roy Smith, a former patient on our cardiac unit, now volunteers as a peer supporter.")).toEqual(["Roy Smith"]);
  });

  it("flags places of care, appointments and notes", () => {
    expect(patients("Please can the porters collect Mr Colin Ware from the discharge lounge at 2pm.")).toEqual(["Mr Colin Ware"]);
    expect(patients("Reminder for the booking team: Mrs Pauline Grey is booked in for a colonoscopy on Friday.")).toEqual(["Mrs Pauline Grey"]);
    expect(patients("Ella Watson spent her 18th birthday in our adolescent mental health unit and says the staff made it special.")).toEqual(["Ella Watson"]);
    expect(patients("Handover: Mr Tom Byers, d.o.b. 4/5/1950, to the Royal this evening.")).toEqual(["Mr Tom Byers"]);
  });

  it("flags a birth at one of our places, but not a staff baby announced without one", () => {
    expect(patients("Our midwives delivered baby Ava at the Princess Royal on Christmas Eve!")).toEqual(["baby Ava"]);
    expect(patients("Baby Oliver Quinn was born at 25 weeks and spent 90 days in our neonatal intensive care unit.")).toEqual(["Baby Oliver Quinn"]);
    for (const text of [
      "Congratulations to our midwife Kerry Dale and her husband Tom on the birth of their daughter Isla!",
      "Welcome to the world, baby Leo - son of our porter Jamie and his partner Gemma.",
      "Welcome baby Ruby, born 3 May 2025 weighing 7lb 2oz to our pharmacist Amira!",
      "Florence Nightingale was born in Florence in 1820.",
      "Mary Seacole, born on 23 November 1805, nursed soldiers in the Crimean War.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("follows the person greeted into the next sentence", () => {
    expect(patients("Welcome home, Mr Rashid! After 12 weeks on our spinal injuries unit you're finally back with your family.")).toEqual(["Mr Rashid"]);
    expect(patients("Thank you, Mrs Brenda Hill, for the lovely card after your cataract operation with us.")).toEqual(["Mrs Brenda Hill"]);
  });

  it("does not flag clinical words used in other senses", () => {
    for (const text of [
      "Dr Sarah Holt admitted she had never run a marathon before signing up for our charity run.",
      "Our chief executive, Tom Lyle, admitted that the winter had been the hardest yet.",
      "Congratulations to Kirsty Lane, who has been admitted as a Fellow of the Royal College of Nursing.",
      "Professor Liam Doyle discharged his duties as Caldicott Guardian with great care.",
      "Jane Fox is recovering the costs of the car park from the contractor.",
      "Hollie Briggs treated the whole team to pizza after the audit!",
      "Dr Ruth Kemp operated on 300 patients in her first year as a consultant.",
      "Well done to the Ward 6 team at Royal Alex on their gold accreditation.",
      "The Secret Santa on our stroke unit is organised by Karen Platt this year.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag staff, officials, speakers and volunteers named beside a ward, a unit or a condition", () => {
    for (const text of [
      "Thanks to Jo on the renal unit for organising this year's Christmas raffle!",
      "Thanks to Pete Wood and the estates team for fixing the lifts on the maternity unit.",
      "Shout out to Amy on Ward 2, the only HCA who never misses a birthday cake!",
      "Priya from Ward 3 is the best nurse I've ever worked with.",
      "Meet Ben Adams, our diabetes specialist dietitian, who helps patients manage their condition.",
      "Sam Dale, one of our porters, helped a patient on the maternity unit find her car.",
      "Our Mental Health Awareness Week speaker is Alastair Campbell, who has written about his depression.",
      "Director of Nursing Ruth May said patients admitted this winter waited longer than last year.",
      "Our nursing team welcomed Rachel Green, who has just qualified and joins Ward 8 next week.",
      "Our comms team supported Dr Ian Ross, 45, with his interview for BBC Radio.",
      "Our chaplain Rev Sue Platt visits patients on every ward each week.",
      "Dr Jamal Aziz treats patients with sickle cell disease at our haemoglobinopathy centre.",
      "Wendy Clarke, who works on the cardiology ward, has baked 200 cakes for the appeal.",
      "Dr Karen Moss, who had a baby in March, returns from maternity leave this week.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag a person named through a relative who was the patient", () => {
    expect(patients("Alison May, whose mum was treated on Ward 2, has raised £3,000 for new recliner chairs.")).toEqual([]);
  });

  it("flags recovery and diagnosis told in the person's own clause, even when they speak or are thanked", () => {
    expect(patients("A huge thank you to Ken Lowry, who spoke so honestly about his alcohol detox at our recovery conference.")).toEqual(["Ken Lowry"]);
    expect(patients("Bethany Cross was told she had ovarian cancer in May and is now fundraising for our cancer centre.")).toEqual(["Bethany Cross"]);
    expect(patients("Huge well done to Kieran Walsh, who has been clean for a year since leaving our drug and alcohol service.")).toEqual(["Kieran Walsh"]);
    expect(patients("Today Terry Lane rang the bell to mark his final radiotherapy session!")).toEqual(["Terry Lane"]);
    expect(patients("Get well soon to our chief executive Helen Cross, who broke her ankle skiing.")).toEqual(["Helen Cross"]);
  });

  it("does not give someone else's care to a speaker, a clinician or a supporter", () => {
    for (const text of [
      "Our Mental Health Awareness Week speaker is Alastair Campbell, who has written about his depression.",
      "Dr Lee Hart, who cared for my mum after her stroke, has retired.",
      "Nurse Ann Cole talks about her cancer nursing research at noon.",
      "Dr Jo Price and her transplant team performed 50 operations this year.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });
});
