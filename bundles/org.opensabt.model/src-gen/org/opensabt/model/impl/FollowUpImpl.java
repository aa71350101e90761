/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opensabt.model.AdverseEvent;
import org.opensabt.model.FollowUp;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.RecistResponse;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getAssessmentDate <em>Assessment Date</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getMonthsSinceImplant <em>Months Since Implant</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getResponse <em>Response</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getResponseDate <em>Response Date</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#isLocalProgression <em>Local Progression</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getLocalProgressionDate <em>Local Progression Date</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#isDeath <em>Death</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getDeathDate <em>Death Date</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getLastContactDate <em>Last Contact Date</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getPainNrsBefore <em>Pain Nrs Before</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getPainNrsAfter <em>Pain Nrs After</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getKpsBefore <em>Kps Before</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getKpsAfter <em>Kps After</em>}</li>
 *   <li>{@link org.opensabt.model.impl.FollowUpImpl#getAdverseEvents <em>Adverse Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FollowUpImpl extends MinimalEObjectImpl.Container implements FollowUp {
	/**
	 * The default value of the '{@link #getAssessmentDate() <em>Assessment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessmentDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar ASSESSMENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessmentDate() <em>Assessment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessmentDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar assessmentDate = ASSESSMENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthsSinceImplant() <em>Months Since Implant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsSinceImplant()
	 * @generated
	 * @ordered
	 */
	protected static final double MONTHS_SINCE_IMPLANT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMonthsSinceImplant() <em>Months Since Implant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsSinceImplant()
	 * @generated
	 * @ordered
	 */
	protected double monthsSinceImplant = MONTHS_SINCE_IMPLANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected static final RecistResponse RESPONSE_EDEFAULT = RecistResponse.NOT_EVALUABLE;

	/**
	 * The cached value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected RecistResponse response = RESPONSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponseDate() <em>Response Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar RESPONSE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponseDate() <em>Response Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar responseDate = RESPONSE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLocalProgression() <em>Local Progression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocalProgression()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCAL_PROGRESSION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLocalProgression() <em>Local Progression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocalProgression()
	 * @generated
	 * @ordered
	 */
	protected boolean localProgression = LOCAL_PROGRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalProgressionDate() <em>Local Progression Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalProgressionDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar LOCAL_PROGRESSION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalProgressionDate() <em>Local Progression Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalProgressionDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar localProgressionDate = LOCAL_PROGRESSION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDeath() <em>Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeath()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEATH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeath() <em>Death</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeath()
	 * @generated
	 * @ordered
	 */
	protected boolean death = DEATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeathDate() <em>Death Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeathDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar DEATH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeathDate() <em>Death Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeathDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar deathDate = DEATH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastContactDate() <em>Last Contact Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContactDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar LAST_CONTACT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastContactDate() <em>Last Contact Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContactDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar lastContactDate = LAST_CONTACT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPainNrsBefore() <em>Pain Nrs Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainNrsBefore()
	 * @generated
	 * @ordered
	 */
	protected static final int PAIN_NRS_BEFORE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getPainNrsBefore() <em>Pain Nrs Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainNrsBefore()
	 * @generated
	 * @ordered
	 */
	protected int painNrsBefore = PAIN_NRS_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPainNrsAfter() <em>Pain Nrs After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainNrsAfter()
	 * @generated
	 * @ordered
	 */
	protected static final int PAIN_NRS_AFTER_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getPainNrsAfter() <em>Pain Nrs After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainNrsAfter()
	 * @generated
	 * @ordered
	 */
	protected int painNrsAfter = PAIN_NRS_AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKpsBefore() <em>Kps Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpsBefore()
	 * @generated
	 * @ordered
	 */
	protected static final int KPS_BEFORE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getKpsBefore() <em>Kps Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpsBefore()
	 * @generated
	 * @ordered
	 */
	protected int kpsBefore = KPS_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKpsAfter() <em>Kps After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpsAfter()
	 * @generated
	 * @ordered
	 */
	protected static final int KPS_AFTER_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getKpsAfter() <em>Kps After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpsAfter()
	 * @generated
	 * @ordered
	 */
	protected int kpsAfter = KPS_AFTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdverseEvents() <em>Adverse Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdverseEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<AdverseEvent> adverseEvents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FollowUpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.FOLLOW_UP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getAssessmentDate() {
		return assessmentDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessmentDate(XMLGregorianCalendar newAssessmentDate) {
		XMLGregorianCalendar oldAssessmentDate = assessmentDate;
		assessmentDate = newAssessmentDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__ASSESSMENT_DATE, oldAssessmentDate, assessmentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMonthsSinceImplant() {
		return monthsSinceImplant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthsSinceImplant(double newMonthsSinceImplant) {
		double oldMonthsSinceImplant = monthsSinceImplant;
		monthsSinceImplant = newMonthsSinceImplant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__MONTHS_SINCE_IMPLANT, oldMonthsSinceImplant, monthsSinceImplant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecistResponse getResponse() {
		return response;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponse(RecistResponse newResponse) {
		RecistResponse oldResponse = response;
		response = newResponse == null ? RESPONSE_EDEFAULT : newResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__RESPONSE, oldResponse, response));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getResponseDate() {
		return responseDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponseDate(XMLGregorianCalendar newResponseDate) {
		XMLGregorianCalendar oldResponseDate = responseDate;
		responseDate = newResponseDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__RESPONSE_DATE, oldResponseDate, responseDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLocalProgression() {
		return localProgression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalProgression(boolean newLocalProgression) {
		boolean oldLocalProgression = localProgression;
		localProgression = newLocalProgression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION, oldLocalProgression, localProgression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getLocalProgressionDate() {
		return localProgressionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalProgressionDate(XMLGregorianCalendar newLocalProgressionDate) {
		XMLGregorianCalendar oldLocalProgressionDate = localProgressionDate;
		localProgressionDate = newLocalProgressionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION_DATE, oldLocalProgressionDate, localProgressionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeath() {
		return death;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeath(boolean newDeath) {
		boolean oldDeath = death;
		death = newDeath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__DEATH, oldDeath, death));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getDeathDate() {
		return deathDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeathDate(XMLGregorianCalendar newDeathDate) {
		XMLGregorianCalendar oldDeathDate = deathDate;
		deathDate = newDeathDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__DEATH_DATE, oldDeathDate, deathDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getLastContactDate() {
		return lastContactDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastContactDate(XMLGregorianCalendar newLastContactDate) {
		XMLGregorianCalendar oldLastContactDate = lastContactDate;
		lastContactDate = newLastContactDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__LAST_CONTACT_DATE, oldLastContactDate, lastContactDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPainNrsBefore() {
		return painNrsBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainNrsBefore(int newPainNrsBefore) {
		int oldPainNrsBefore = painNrsBefore;
		painNrsBefore = newPainNrsBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__PAIN_NRS_BEFORE, oldPainNrsBefore, painNrsBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPainNrsAfter() {
		return painNrsAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainNrsAfter(int newPainNrsAfter) {
		int oldPainNrsAfter = painNrsAfter;
		painNrsAfter = newPainNrsAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__PAIN_NRS_AFTER, oldPainNrsAfter, painNrsAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKpsBefore() {
		return kpsBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpsBefore(int newKpsBefore) {
		int oldKpsBefore = kpsBefore;
		kpsBefore = newKpsBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__KPS_BEFORE, oldKpsBefore, kpsBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKpsAfter() {
		return kpsAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpsAfter(int newKpsAfter) {
		int oldKpsAfter = kpsAfter;
		kpsAfter = newKpsAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FOLLOW_UP__KPS_AFTER, oldKpsAfter, kpsAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdverseEvent> getAdverseEvents() {
		if (adverseEvents == null) {
			adverseEvents = new EObjectContainmentEList<AdverseEvent>(AdverseEvent.class, this, ModelPackage.FOLLOW_UP__ADVERSE_EVENTS);
		}
		return adverseEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.FOLLOW_UP__ADVERSE_EVENTS:
				return ((InternalEList<?>)getAdverseEvents()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.FOLLOW_UP__ASSESSMENT_DATE:
				return getAssessmentDate();
			case ModelPackage.FOLLOW_UP__MONTHS_SINCE_IMPLANT:
				return getMonthsSinceImplant();
			case ModelPackage.FOLLOW_UP__RESPONSE:
				return getResponse();
			case ModelPackage.FOLLOW_UP__RESPONSE_DATE:
				return getResponseDate();
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION:
				return isLocalProgression();
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION_DATE:
				return getLocalProgressionDate();
			case ModelPackage.FOLLOW_UP__DEATH:
				return isDeath();
			case ModelPackage.FOLLOW_UP__DEATH_DATE:
				return getDeathDate();
			case ModelPackage.FOLLOW_UP__LAST_CONTACT_DATE:
				return getLastContactDate();
			case ModelPackage.FOLLOW_UP__PAIN_NRS_BEFORE:
				return getPainNrsBefore();
			case ModelPackage.FOLLOW_UP__PAIN_NRS_AFTER:
				return getPainNrsAfter();
			case ModelPackage.FOLLOW_UP__KPS_BEFORE:
				return getKpsBefore();
			case ModelPackage.FOLLOW_UP__KPS_AFTER:
				return getKpsAfter();
			case ModelPackage.FOLLOW_UP__ADVERSE_EVENTS:
				return getAdverseEvents();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.FOLLOW_UP__ASSESSMENT_DATE:
				setAssessmentDate((XMLGregorianCalendar)newValue);
				return;
			case ModelPackage.FOLLOW_UP__MONTHS_SINCE_IMPLANT:
				setMonthsSinceImplant((Double)newValue);
				return;
			case ModelPackage.FOLLOW_UP__RESPONSE:
				setResponse((RecistResponse)newValue);
				return;
			case ModelPackage.FOLLOW_UP__RESPONSE_DATE:
				setResponseDate((XMLGregorianCalendar)newValue);
				return;
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION:
				setLocalProgression((Boolean)newValue);
				return;
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION_DATE:
				setLocalProgressionDate((XMLGregorianCalendar)newValue);
				return;
			case ModelPackage.FOLLOW_UP__DEATH:
				setDeath((Boolean)newValue);
				return;
			case ModelPackage.FOLLOW_UP__DEATH_DATE:
				setDeathDate((XMLGregorianCalendar)newValue);
				return;
			case ModelPackage.FOLLOW_UP__LAST_CONTACT_DATE:
				setLastContactDate((XMLGregorianCalendar)newValue);
				return;
			case ModelPackage.FOLLOW_UP__PAIN_NRS_BEFORE:
				setPainNrsBefore((Integer)newValue);
				return;
			case ModelPackage.FOLLOW_UP__PAIN_NRS_AFTER:
				setPainNrsAfter((Integer)newValue);
				return;
			case ModelPackage.FOLLOW_UP__KPS_BEFORE:
				setKpsBefore((Integer)newValue);
				return;
			case ModelPackage.FOLLOW_UP__KPS_AFTER:
				setKpsAfter((Integer)newValue);
				return;
			case ModelPackage.FOLLOW_UP__ADVERSE_EVENTS:
				getAdverseEvents().clear();
				getAdverseEvents().addAll((Collection<? extends AdverseEvent>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.FOLLOW_UP__ASSESSMENT_DATE:
				setAssessmentDate(ASSESSMENT_DATE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__MONTHS_SINCE_IMPLANT:
				setMonthsSinceImplant(MONTHS_SINCE_IMPLANT_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__RESPONSE:
				setResponse(RESPONSE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__RESPONSE_DATE:
				setResponseDate(RESPONSE_DATE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION:
				setLocalProgression(LOCAL_PROGRESSION_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION_DATE:
				setLocalProgressionDate(LOCAL_PROGRESSION_DATE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__DEATH:
				setDeath(DEATH_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__DEATH_DATE:
				setDeathDate(DEATH_DATE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__LAST_CONTACT_DATE:
				setLastContactDate(LAST_CONTACT_DATE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__PAIN_NRS_BEFORE:
				setPainNrsBefore(PAIN_NRS_BEFORE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__PAIN_NRS_AFTER:
				setPainNrsAfter(PAIN_NRS_AFTER_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__KPS_BEFORE:
				setKpsBefore(KPS_BEFORE_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__KPS_AFTER:
				setKpsAfter(KPS_AFTER_EDEFAULT);
				return;
			case ModelPackage.FOLLOW_UP__ADVERSE_EVENTS:
				getAdverseEvents().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.FOLLOW_UP__ASSESSMENT_DATE:
				return ASSESSMENT_DATE_EDEFAULT == null ? assessmentDate != null : !ASSESSMENT_DATE_EDEFAULT.equals(assessmentDate);
			case ModelPackage.FOLLOW_UP__MONTHS_SINCE_IMPLANT:
				return monthsSinceImplant != MONTHS_SINCE_IMPLANT_EDEFAULT;
			case ModelPackage.FOLLOW_UP__RESPONSE:
				return response != RESPONSE_EDEFAULT;
			case ModelPackage.FOLLOW_UP__RESPONSE_DATE:
				return RESPONSE_DATE_EDEFAULT == null ? responseDate != null : !RESPONSE_DATE_EDEFAULT.equals(responseDate);
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION:
				return localProgression != LOCAL_PROGRESSION_EDEFAULT;
			case ModelPackage.FOLLOW_UP__LOCAL_PROGRESSION_DATE:
				return LOCAL_PROGRESSION_DATE_EDEFAULT == null ? localProgressionDate != null : !LOCAL_PROGRESSION_DATE_EDEFAULT.equals(localProgressionDate);
			case ModelPackage.FOLLOW_UP__DEATH:
				return death != DEATH_EDEFAULT;
			case ModelPackage.FOLLOW_UP__DEATH_DATE:
				return DEATH_DATE_EDEFAULT == null ? deathDate != null : !DEATH_DATE_EDEFAULT.equals(deathDate);
			case ModelPackage.FOLLOW_UP__LAST_CONTACT_DATE:
				return LAST_CONTACT_DATE_EDEFAULT == null ? lastContactDate != null : !LAST_CONTACT_DATE_EDEFAULT.equals(lastContactDate);
			case ModelPackage.FOLLOW_UP__PAIN_NRS_BEFORE:
				return painNrsBefore != PAIN_NRS_BEFORE_EDEFAULT;
			case ModelPackage.FOLLOW_UP__PAIN_NRS_AFTER:
				return painNrsAfter != PAIN_NRS_AFTER_EDEFAULT;
			case ModelPackage.FOLLOW_UP__KPS_BEFORE:
				return kpsBefore != KPS_BEFORE_EDEFAULT;
			case ModelPackage.FOLLOW_UP__KPS_AFTER:
				return kpsAfter != KPS_AFTER_EDEFAULT;
			case ModelPackage.FOLLOW_UP__ADVERSE_EVENTS:
				return adverseEvents != null && !adverseEvents.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (assessmentDate: ");
		result.append(assessmentDate);
		result.append(", monthsSinceImplant: ");
		result.append(monthsSinceImplant);
		result.append(", response: ");
		result.append(response);
		result.append(", responseDate: ");
		result.append(responseDate);
		result.append(", localProgression: ");
		result.append(localProgression);
		result.append(", localProgressionDate: ");
		result.append(localProgressionDate);
		result.append(", death: ");
		result.append(death);
		result.append(", deathDate: ");
		result.append(deathDate);
		result.append(", lastContactDate: ");
		result.append(lastContactDate);
		result.append(", painNrsBefore: ");
		result.append(painNrsBefore);
		result.append(", painNrsAfter: ");
		result.append(painNrsAfter);
		result.append(", kpsBefore: ");
		result.append(kpsBefore);
		result.append(", kpsAfter: ");
		result.append(kpsAfter);
		result.append(')');
		return result.toString();
	}

} //FollowUpImpl
